import { printable, printableJson } from '../../command-line/printable.ts';
import { EXIT_USAGE } from '../../command-line/usage-error.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../format.ts';

const options = {
  date: { type: 'string' },
  publisher: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export const isIsoDay = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    ISO_DAY.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  );
};

const emptyListing = (date?: string, publisher?: string): string => {
  if (date) return `No articles published on ${date}.`;
  if (publisher) return `No articles of ${printable(publisher)}.`;
  return 'No records.';
};

export const listCommand: Command = {
  name: 'list',
  summary: 'List records, optionally those of one publication day or one publisher',
  usage: `Usage: article-ingest list [--date YYYY-MM-DD | --publisher NAME] [--json]

Lists the records in the articles table as a table of key, status, date and title,
sorted by key; a day's or a publisher's articles come in publication order.
  --date DAY          only articles published on that day (YYYY-MM-DD)
  --publisher NAME    only articles of that publisher (the name exactly as in the records)
  --json              the records as a JSON array`,
  options,
  run: async (argv, { connect, print }) => {
    const { values } = parseCommandArgs('list', argv, options, false);
    const { date, publisher } = values;
    if (date !== undefined && !isIsoDay(date)) {
      throw new CliError(
        `'${date}' is not a date: --date takes YYYY-MM-DD, e.g. 2025-11-05.`,
        EXIT_USAGE,
      );
    }
    if (date !== undefined && publisher !== undefined) {
      throw new CliError('list takes --date or --publisher, not both.', EXIT_USAGE);
    }
    const clients = await connect(values);
    const records = await import('../records.ts');
    if (values.json) {
      const { orderRecordFields } = await import('../order-fields.ts');
      const found = await records.listRecords(clients, { date, publisher });
      print(printableJson(found.map(orderRecordFields)));
      return;
    }
    const filter = date ? { publishedDate: date } : publisher ? { publisher } : undefined;
    const rows = filter
      ? await records.listListings(clients, filter)
      : await records.listRecords(clients);
    if (rows.length === 0) print(emptyListing(date, publisher));
    else for (const line of formatTable(rows, { keepOrder: filter !== undefined })) print(line);
  },
};
