import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentTypeFor } from '#local/uploads/content-type.ts';
import type { SourceFacts } from '#shared/domain/record.ts';
import { type StripSource, stripMarkup } from './strip-markup.ts';
import type { Sample } from './timed-run.ts';

/** A sample with the SourceFacts built up front, so building them is not timed. */
export interface EvalSample extends Sample {
  source: SourceFacts;
}

/** A page read as if `put` had uploaded it: the same Content-Type, from the same table. */
export const sourceFor = (fileName: string): SourceFacts => ({
  bucket: 'eval',
  key: fileName,
  sequencer: '0',
  contentType: contentTypeFor(fileName),
});

const EXTENSION = /\.[^.]+$/u;

/**
 * Loads one file as a sample; its id defaults to the file name without the extension.
 * An HTML page loses the `strip` sources first (`--strip`, the generalisation check).
 */
export const loadSample = (
  path: string,
  id?: string,
  strip: readonly StripSource[] = [],
): EvalSample => {
  const fileName = basename(path);
  const source = sourceFor(fileName);
  const bytes = new Uint8Array(readFileSync(path));
  return {
    id: id ?? fileName.replace(EXTENSION, ''),
    bytes: source.contentType === 'text/html' ? stripMarkup(bytes, strip) : bytes,
    source,
  };
};

/** Every file in `dir` whose name ends with `extension`, sorted by name. */
export const listFiles = (dir: string, extension: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort()
        .map((name) => join(dir, name))
    : [];

/** Parses a JSON Lines file, skipping blank lines. */
export const readJsonLines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

/** Reads a two-column TSV (id, value) into a map; a missing file gives an empty map. */
export const readTsvMap = (path: string): Map<string, string> => {
  if (!existsSync(path)) return new Map();
  const rows = readFileSync(path, 'utf8').split('\n');
  return new Map(rows.filter((row) => row.includes('\t')).map((row) => splitPair(row)));
};

const splitPair = (row: string): [string, string] => {
  const tab = row.indexOf('\t');
  return [row.slice(0, tab), row.slice(tab + 1).trim()];
};
