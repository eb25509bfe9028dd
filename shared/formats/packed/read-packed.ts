import type { RejectReason } from '../../domain/record.ts';
import { activeLimits } from '../../domain/work-budget.ts';
import type { FormatHints } from '../detect-format.ts';
import { DOCX_CORE, DOCX_DOCUMENT, parseDocx } from '../docx/index.ts';
import { collectItems, type FoundItem, tooManyItems } from '../items-list.ts';
import { type ReadResult, readOrMalformed, rejected } from '../read-result.ts';
import {
  type ExpansionBudget,
  gunzipWithLimits,
  isFileEntry,
  newExpansionBudget,
  type UnzippedFile,
  unzipWithLimits,
} from './inflate-limits.ts';
import { readZipDirectory, type ZipEntry, ZipFormatError } from './zip-entries.ts';

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
 * a file that itself holds items, a feed, gives `path/itemKey`). Entry names are only
 * keys: `../x` or `/x` name an item, never a place. The size limits apply to all entries
 * together: a bomb rejects the whole upload, a bad entry only its item.
 */
export const readZip = (
  bytes: Uint8Array,
  _hints: FormatHints,
  { depth, budget }: Unpacking,
  readInner: ReadInner,
): ReadResult => {
  if (depth >= MAX_CONTAINER_DEPTH) return tooDeep();
  const entries = listZip(bytes);
  if (!Array.isArray(entries)) return entries;
  if (entries.some((entry) => entry.name === DOCX_DOCUMENT)) {
    return readDocx(bytes, entries, budget);
  }
  const files = entries.filter(isFileEntry);
  if (files.length === 0) return rejected('empty', 'The zip archive holds no files.');
  if (files.length > activeLimits().maxItemsPerObject) return tooManyItems(files.length, ARCHIVE);
  const unpacked = unzipWithLimits(bytes, files, budget);
  if (unpacked.kind === 'rejected') return unpacked;
  const read = ({ name, bytes: inner }: UnzippedFile) =>
    readInner(inner, { key: name }, { depth: depth + 1, budget });
  const [only] = unpacked.files;
  if (only && unpacked.files.length === 1) return read(only);
  const found: FoundItem[] = [];
  for (const file of unpacked.files) {
    const entry = read(file);
    // An entry past the limits (a bomb, too many items) is the upload's: it goes whole.
    if (entry.kind === 'rejected' && WHOLE_UPLOAD.has(entry.reason)) return entry;
    found.push(...entryItems(file.name, entry));
  }
  return collectItems(found, ARCHIVE);
};

const ARCHIVE = 'The zip archive';
const WHOLE_UPLOAD: ReadonlySet<RejectReason> = new Set(['bomb', 'too-large']);

/** The zip's directory, or why it cannot be read (corrupt, too many entries). */
const listZip = (bytes: Uint8Array): ZipEntry[] | ReadResult => {
  const { maxZipEntries } = activeLimits();
  try {
    const listing = readZipDirectory(bytes, maxZipEntries);
    if (Array.isArray(listing)) return listing;
    return rejected(
      'too-large',
      `The zip lists ${listing.tooMany} entries; the limit is ${maxZipEntries}.`,
    );
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    return rejected('malformed', `The zip data is corrupt (${error.message}).`);
  }
};

/** An entry's article, or its own items under its path. */
const entryItems = (name: string, read: ReadResult): FoundItem[] =>
  read.kind === 'items'
    ? read.items.map((item) => ({ key: `${name}/${item.itemKey}`, result: item.result }))
    : [{ key: name, result: read }];

const DOCX_PARTS = new Set([DOCX_DOCUMENT, DOCX_CORE]);

/** A DOCX: its document and core parts, parsed; broken XML in them is `malformed`. */
const readDocx = (
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: ExpansionBudget,
): ReadResult => {
  const parts = entries.filter((entry) => !entry.symlink && DOCX_PARTS.has(entry.name));
  const unpacked = unzipWithLimits(bytes, parts, budget);
  if (unpacked.kind === 'rejected') return unpacked;
  const files = Object.fromEntries(unpacked.files.map((file) => [file.name, file.bytes]));
  return readOrMalformed(() => ({ kind: 'document', document: parseDocx(files) }));
};

const tooDeep = (): ReadResult =>
  rejected(
    'unsupported-format',
    `The file nests containers more than ${MAX_CONTAINER_DEPTH} deep (an archive in an archive...).`,
  );
