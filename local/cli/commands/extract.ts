import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Limits } from '#shared/domain/limits.ts';
import type { SourceFacts } from '#shared/domain/record.ts';
import { printableJson } from '../../command-line/printable.ts';
import { contentTypeFor } from '../../uploads/content-type.ts';
import { parseCommandArgs } from '../args.ts';
import { usageError } from '../cli-error.ts';
import { limitsFromEnvironment } from '../cli-limits.ts';
import type { Command } from '../command.ts';
import { planUploads } from '../upload-plan.ts';

/** Stands in for the bucket: records of local files say where they came from. */
const LOCAL_BUCKET = 'local-files';
/** A local file has no S3 event; every extraction is the first and only version. */
const LOCAL_SEQUENCER = '0';

const options = { out: { type: 'string' } } as const;

/**
 * One file's output: its record, or an array of records when the file holds several
 * articles (a feed, an archive, a JSON list). A file over maxObjectBytes is refused from
 * its size alone, unread, as the function refuses such an object.
 */
const extractFile = async (file: string, key: string, now: Date, limits: Limits) => {
  // The extractor's libraries load only for this command.
  const { buildObject } = await import('#shared/pipeline/build-record.ts');
  const { rejectedRecord } = await import('#shared/pipeline/record-base.ts');
  const { orderRecordFields } = await import('../order-fields.ts');
  const { size } = await stat(file);
  const source: SourceFacts = {
    bucket: LOCAL_BUCKET,
    key,
    size,
    contentType: contentTypeFor(file),
    sequencer: LOCAL_SEQUENCER,
  };
  if (size > limits.maxObjectBytes) {
    const detail = `Object is ${size} bytes; the limit is ${limits.maxObjectBytes}`;
    return orderRecordFields(rejectedRecord(source, 'too-large', detail, now));
  }
  const bytes = await readFile(file);
  const built = buildObject({ bytes, source, now, limits, clock: Date.now });
  if (built.kind === 'article') return orderRecordFields(built.record);
  return built.items.map(orderRecordFields);
};

/** `sub/story.html` -> `sub/story.json`: one output per input, named after it. */
const outputName = (key: string): string => `${key.replace(/\.[^./]*$/, '')}.json`;

const describeOutput = (output: unknown): string =>
  Array.isArray(output)
    ? `${output.length} articles`
    : String((output as { status?: unknown }).status);

/** Two inputs that would write one file (`a.md`, `a.html`) are refused before any write. */
const checkDistinctOutputs = (keys: string[]): void => {
  const seen = new Map<string, string>();
  for (const key of keys) {
    const name = outputName(key);
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw usageError(`'${earlier}' and '${key}' would both be written to ${name}.`);
    }
    seen.set(name, key);
  }
};

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Build records from local files, without the stack (for trying the extractor)',
  usage: `Usage: article-ingest extract <file|dir>... [--out DIR]

Runs the pipeline's pure core on local files, exactly as the function would on the
object's bytes, and prints each record as JSON (an array for several files). A file
that holds several articles (a feed, an archive, a JSON list) gives an array of its
articles' records. Needs no running stack. Directories are walked as by \`put\`.
The function's per-file limits apply, set by the same LIMIT_* variables
(e.g. LIMIT_MAX_OBJECT_BYTES=1048576); a larger file is a too-large record, unread.
  --out DIR      write DIR/<file name without extension>.json per file instead of printing`,
  options,
  run: async (argv, { print }) => {
    const { values, positionals } = parseCommandArgs('extract', argv, options);
    if (positionals.length === 0) throw usageError("'extract' needs at least one file.");
    const limits = limitsFromEnvironment();
    const files = await planUploads(positionals, '');
    if (values.out !== undefined) checkDistinctOutputs(files.map((f) => f.key));
    const now = new Date();
    const records = await Promise.all(
      files.map(({ file, key }) => extractFile(file, key, now, limits)),
    );
    const { out } = values;
    if (out === undefined) {
      print(printableJson(records.length === 1 ? records[0] : records));
      return;
    }
    for (const [index, { key }] of files.entries()) {
      const target = join(out, outputName(key));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(records[index], null, 2)}\n`);
      print(`wrote ${target} (${describeOutput(records[index])})`);
    }
  },
};
