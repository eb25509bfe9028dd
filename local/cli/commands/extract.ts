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
import { planUploads, requireFiles } from '../upload-plan.ts';

/** Stands in for the bucket: records of local files say where they came from. */
const LOCAL_BUCKET = 'local-files';
/** A local file has no S3 event; every extraction is the first and only version. */
const LOCAL_SEQUENCER = '0';

const options = {
  out: { type: 'string' },
  array: { type: 'boolean', default: false },
} as const;

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

/**
 * The output's shape follows the command line, never what was found: one record (or
 * one file's array) for one file given by name; an array of one entry per file for
 * several arguments, a directory (however many files it holds) or `--array`. A script
 * can then read the output of `extract dir/` the same way with one file or a hundred.
 */
const printsArray = async (paths: string[], array: boolean): Promise<boolean> => {
  if (array || paths.length !== 1) return true;
  return (await stat(paths[0] ?? '')).isDirectory();
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
object's bytes, and prints each record as JSON: one file named alone prints its record;
several files, a directory or --array print an array with one entry per file. A file
that holds several articles (a feed, an archive, a JSON list) gives an array of its
articles' records. Needs no running stack. Directories are walked as by \`put\`.
The function's per-file limits apply, set by the same LIMIT_* variables
(e.g. LIMIT_MAX_OBJECT_BYTES=1048576); a larger file is a too-large record, unread.
  --out DIR      write DIR/<file name without extension>.json per file instead of printing
  --array        print an array even for one file`,
  options,
  run: async (argv, { print }) => {
    const { values, positionals } = parseCommandArgs('extract', argv, options);
    if (positionals.length === 0) throw usageError("'extract' needs at least one file.");
    const limits = limitsFromEnvironment();
    if (values.array && values.out !== undefined)
      throw usageError('--array shapes printed output; with --out nothing is printed.');
    const files = requireFiles(await planUploads(positionals, ''), positionals);
    if (values.out !== undefined) checkDistinctOutputs(files.map((f) => f.key));
    const now = new Date();
    const records = await Promise.all(
      files.map(({ file, key }) => extractFile(file, key, now, limits)),
    );
    const { out } = values;
    if (out === undefined) {
      const array = await printsArray(positionals, values.array);
      print(printableJson(array ? records : records[0]));
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
