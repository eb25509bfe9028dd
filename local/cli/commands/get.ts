import type { ArticleRecord } from '#shared/domain/record.ts';
import { printableJson } from '../../command-line/printable.ts';
import { oneObjectKey, parseCommandArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { itemLine, summarizeRecord } from '../format.ts';

const options = { json: { type: 'boolean', default: false } } as const;

export const getCommand: Command = {
  name: 'get',
  summary: 'Show the current record for an object key',
  usage: `Usage: article-ingest get <key> [--json]

Prints the record the pipeline holds for that object key: status, title, date,
language, sections and paragraphs, or the reason a file was rejected. For a file
that holds several articles (a feed, an archive, a JSON list), its articles.
  --json         the full record as JSON (an offloaded body is fetched and inlined);
                 for a file of several articles, the array of their records`,
  options,
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('get', argv, options);
    const key = oneObjectKey('get', positionals);
    const clients = await connect(values);
    const { contentReader, getItemRecords, getRecordByKey } = await import('../records.ts');
    const { inlineContent } = await import('#shared/pipeline/offload-content.ts');
    const { orderRecordFields } = await import('../order-fields.ts');
    const record = await getRecordByKey(clients, key);
    if (!record) throw new CliError(`No record for key '${key}'.`);
    const items = record.status === 'container' ? await getItemRecords(clients, record) : [];
    if (values.json) {
      const content = contentReader(clients);
      const full = async (r: ArticleRecord) => orderRecordFields(await inlineContent(r, content));
      const output =
        record.status === 'container' ? await Promise.all(items.map(full)) : await full(record);
      print(printableJson(output));
      return;
    }
    for (const line of summarizeRecord(record)) print(line);
    for (const [index, item] of items.entries()) print(`  ${index + 1}. ${itemLine(item)}`);
  },
};
