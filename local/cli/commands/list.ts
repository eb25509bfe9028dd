import { EXIT_USAGE } from '../../command-line/usage-error.ts';
import { printableJson } from '../../stack/printable.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../format.ts';

const options = {
  date: { type: 'string' },
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

export const listCommand: Command = {
  name: 'list',
  summary: 'List records, optionally those published on one day',
  usage: `Usage: article-ingest list [--date YYYY-MM-DD] [--json]

Lists the records in the articles table as a table of key, status, date and title.
  --date DAY     only articles published on that day (YYYY-MM-DD)
  --json         the records as a JSON array`,
  options,
  run: async (argv, { connect, print }) => {
    const { values } = parseCommandArgs('list', argv, options, false);
    const { date } = values;
    if (date !== undefined && !isIsoDay(date)) {
      throw new CliError(
        `'${date}' is not a date: --date takes YYYY-MM-DD, e.g. 2025-11-05.`,
        EXIT_USAGE,
      );
    }
    const clients = await connect(values['data-dir']);
    const { listRecords } = await import('../records.ts');
    const { orderRecordFields } = await import('../order-fields.ts');
    const records = await listRecords(clients, { date });
    if (values.json) print(printableJson(records.map(orderRecordFields)));
    else if (records.length === 0)
      print(date ? `No articles published on ${date}.` : 'No records.');
    else for (const line of formatTable(records)) print(line);
  },
};
