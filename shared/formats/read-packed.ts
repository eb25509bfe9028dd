import {
  type ExpansionBudget,
  gunzipWithLimits,
  isFile,
  listZip,
  newExpansionBudget,
  unzipWithLimits,
} from './containers.ts';
import type { FormatHints } from './detect-format.ts';
import { DOCX_CORE, DOCX_DOCUMENT, parseDocx } from './docx.ts';
import { collectItems, type FoundItem, tooManyItems } from './items-list.ts';
import { MAX_ITEMS_PER_OBJECT, type ReadResult, rejected } from './read-result.ts';

/** Where a read is among the containers of one upload. */
export interface Unpacking {
  /** Containers the bytes were unpacked from (0: the upload itself). */
  depth: number;
  /** Bytes all of the upload's containers may still expand to, together. */
  budget: ExpansionBudget;
}

export const uploadUnpacking = (): Unpacking => ({ depth: 0, budget: newExpansionBudget() });

/** Reads the bytes unpacked from a container (the caller's `readDocument`). */
export type ReadInner = (bytes: Uint8Array, hints: FormatHints, unpacking: Unpacking) => ReadResult;

/**
 * Containers inside containers read: a `.docx.gz` is a zip in a gzip (depth 2); deeper
 * nesting is not how articles are uploaded, and each level multiplies the work.
 */
const MAX_CONTAINER_DEPTH = 2;
const GZ_EXTENSION = /\.(?:gz|gzip)$/i;
const TGZ_EXTENSION = /\.tgz$/i;

/** A gzip upload holding one article: unpacked within limits and read as what it holds. */
export const readGzip = (
  bytes: Uint8Array,
  hints: FormatHints,
  { depth, budget }: Unpacking,
  readInner: ReadInner,
): ReadResult => {
  if (depth >= MAX_CONTAINER_DEPTH) return tooDeep();
  const unpacked = gunzipWithLimits(bytes, budget);
  if (!(unpacked instanceof Uint8Array)) return unpacked;
  const key = hints.key?.replace(GZ_EXTENSION, '').replace(TGZ_EXTENSION, '.tar');
  return readInner(unpacked, { key }, { depth: depth + 1, budget });
};

/**
 * A zip upload: a DOCX (it holds `word/document.xml`), an archive holding one file, read
 * as that file, or an archive of several, read as one item per file (keyed by its path;
 * a file that itself holds items, a feed, gives `path/itemKey`). The size limits apply to
 * all entries together: a bomb rejects the whole upload, a bad entry only its item.
 */
export const readZip = (
  bytes: Uint8Array,
  _hints: FormatHints,
  { depth, budget }: Unpacking,
  readInner: ReadInner,
): ReadResult => {
  if (depth >= MAX_CONTAINER_DEPTH) return tooDeep();
  let names: string[];
  try {
    names = listZip(bytes).map((entry) => entry.name);
  } catch (error) {
    return rejected('malformed', `The zip data is corrupt (${(error as Error).message}).`);
  }
  if (names.includes(DOCX_DOCUMENT)) return readDocx(bytes, budget);
  const files = names.filter(isFile);
  if (files.length === 0) return rejected('empty', 'The zip archive holds no files.');
  if (files.length > MAX_ITEMS_PER_OBJECT) return tooManyItems(files.length, ARCHIVE);
  const wanted = files.length === 1 ? (name: string) => name === files[0] : isFile;
  const unpacked = unzipWithLimits(bytes, wanted, budget);
  if (unpacked.kind === 'rejected') return unpacked;
  const read = (name: string) =>
    readInner(
      unpacked.files[name] ?? new Uint8Array(),
      { key: name },
      { depth: depth + 1, budget },
    );
  if (files.length === 1) return read(files[0] ?? '');
  const found: FoundItem[] = [];
  for (const name of files) {
    const entry = read(name);
    // An entry past the size limits is a bomb inside the archive: the upload goes, not the item.
    if (entry.kind === 'rejected' && entry.reason === 'too-large') return entry;
    found.push(...entryItems(name, entry));
  }
  return collectItems(found, ARCHIVE);
};

const ARCHIVE = 'The zip archive';

/** An entry's article, or its own items under its path. */
const entryItems = (name: string, read: ReadResult): FoundItem[] =>
  read.kind === 'items'
    ? read.items.map((item) => ({ key: `${name}/${item.itemKey}`, result: item.result }))
    : [{ key: name, result: read }];

const readDocx = (bytes: Uint8Array, budget: ExpansionBudget): ReadResult => {
  const wanted = (name: string) => name === DOCX_DOCUMENT || name === DOCX_CORE;
  const unpacked = unzipWithLimits(bytes, wanted, budget);
  if (unpacked.kind === 'rejected') return unpacked;
  return { kind: 'document', document: parseDocx(unpacked.files) };
};

const tooDeep = (): ReadResult =>
  rejected(
    'unsupported-format',
    `The file nests containers more than ${MAX_CONTAINER_DEPTH} deep (an archive in an archive...).`,
  );
