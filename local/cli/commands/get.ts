import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { summarizeRecord } from '../format.ts';

const options = { json: { type: 'boolean', default: false } } as const;

export const getCommand: Command = {
  name: 'get',
  summary: 'Show the current record for an object key',
  usage: `Usage: article-ingest get <key> [--json]

Prints the record the pipeline holds for that object key: status, title, date,
language, sections and paragraphs, or the reason a file was rejected.
  --json         the full record as JSON (an offloaded body is fetched and inlined)`,
  options,
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('get', argv, options);
    const [key, ...extra] = positionals;
    if (key === undefined || extra.length > 0) throw usageError("'get' needs exactly one key.");
    const clients = await connect(values['data-dir']);
    const { getRecordByKey, inlineContent } = await import('../records.ts');
    const { orderRecordFields } = await import('../order-fields.ts');
    const record = await getRecordByKey(clients, key);
    if (!record) throw new CliError(`No record for key '${key}'.`);
    if (values.json) {
      const full = await inlineContent(clients, record);
      print(JSON.stringify(orderRecordFields(full), null, 2));
    } else for (const line of summarizeRecord(record)) print(line);
  },
};
