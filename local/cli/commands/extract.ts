import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SourceFacts } from '#shared/domain/record.ts';
import { parseCommandArgs } from '../args.ts';
import { usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { contentTypeFor } from '../content-types.ts';
import { planUploads } from '../upload-plan.ts';

/** Stands in for the bucket: records of local files say where they came from. */
const LOCAL_BUCKET = 'local-files';
/** A local file has no S3 event; every extraction is the first and only version. */
const LOCAL_SEQUENCER = '0';

const options = { out: { type: 'string' } } as const;

const extractFile = async (file: string, key: string, now: Date) => {
  // The extractor's libraries load only for this command.
  const { buildRecord } = await import('#shared/pipeline/build-record.ts');
  const { orderRecordFields } = await import('../order-fields.ts');
  const bytes = await readFile(file);
  const source: SourceFacts = {
    bucket: LOCAL_BUCKET,
    key,
    size: bytes.length,
    contentType: contentTypeFor(file),
    sequencer: LOCAL_SEQUENCER,
  };
  return orderRecordFields(buildRecord({ bytes, source, now }));
};

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Build records from local files, without the stack (for trying the extractor)',
  usage: `Usage: article-ingest extract <file|dir>... [--out DIR]

Runs the pipeline's pure core on local files, exactly as the function would on the
object's bytes, and prints each record as JSON (an array for several files).
Needs no running stack. Directories are walked as by \`put\`.
  --out DIR      write DIR/<key>.json per file instead of printing`,
  options,
  run: async (argv, { print }) => {
    const { values, positionals } = parseCommandArgs('extract', argv, options);
    if (positionals.length === 0) throw usageError("'extract' needs at least one file.");
    const files = await planUploads(positionals, '');
    const now = new Date();
    const records = await Promise.all(files.map(({ file, key }) => extractFile(file, key, now)));
    const { out } = values;
    if (out === undefined) {
      print(JSON.stringify(records.length === 1 ? records[0] : records, null, 2));
      return;
    }
    for (const [index, { key }] of files.entries()) {
      const target = join(out, `${key}.json`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(records[index], null, 2)}\n`);
      print(`wrote ${target} (${records[index]?.status})`);
    }
  },
};
