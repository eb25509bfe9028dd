import {
  activeLimits,
  BudgetExceededError,
  growWorkForUnpacked,
  spendWork,
} from '../../domain/work-budget.ts';
import { requireFflate } from '../lazy-libraries.cjs';
import { type Rejection, rejected } from '../read-result.ts';
import { packedData, type ZipEntry } from './zip-entries.ts';

/**
 * gzip and zip uploads, unpacked in memory within the limits of `activeLimits()`, so that
 * a compression bomb is a rejection and not an out-of-memory crash of the function. What
 * an entry expands to is counted while it is inflated, whatever its headers declare.
 */

/** Below this output size the ratio is not checked: small outputs are harmless. */
const RATIO_CHECK_FROM = 1024 * 1024;
/** Deflate's ceiling: one 258-byte match costs at least about 2 bits. */
const MAX_DEFLATE_RATIO = 1032;
/** Input fed to an inflate stream at a time, at most: a bomb stops after little output. */
const MAX_PUSH_BYTES = 16 * 1024;
/** Input fed at a time, at least, so that a nearly spent budget does not crawl. */
const MIN_PUSH_BYTES = 256;
/** A gzip member's 10-byte header and 8-byte trailer: anything shorter is cut off. */
const GZIP_MIN_BYTES = 18;
/** Zip compression methods read: stored and deflate. */
const STORED = 0;
const DEFLATE = 8;

export interface UnzippedFile {
  name: string;
  bytes: Uint8Array;
}
export type Unpacked = { kind: 'files'; files: UnzippedFile[] } | Rejection;

/**
 * What one upload may still expand to, shared by every container in it (an archive of
 * archives, a zip of DOCX files): nesting must not multiply the expanded-size limit.
 */
export interface ExpansionBudget {
  remaining: number;
}

export const newExpansionBudget = (): ExpansionBudget => ({
  remaining: activeLimits().maxExpandedBytes,
});

/** What one container has expanded to so far, and the most it may. */
interface Meter {
  expanded: number;
  /** The container's own size, for the ratio. */
  packed: number;
  /** The most its output may total: the upload's remaining budget or the ratio, the lower. */
  ceiling: number;
}

const meterFor = (packed: number, budget: number): Meter => {
  const { maxExpandedBytes, maxExpansionRatio } = activeLimits();
  const byRatio = Math.max(RATIO_CHECK_FROM, maxExpansionRatio * Math.max(packed, 1));
  return { expanded: 0, packed, ceiling: Math.min(budget, maxExpandedBytes, byRatio) };
};

class LimitExceeded extends Error {}

/** Counts output as it is produced; throws `LimitExceeded` past the ceiling. */
const count = (meter: Meter, bytes: number): void => {
  meter.expanded += bytes;
  if (meter.expanded > meter.ceiling) throw new LimitExceeded();
  spendWork(bytes, 'inflate');
  growWorkForUnpacked(bytes);
};

/** Input to push next: small enough that even deflate's ceiling stays within the room left. */
const pushSize = (meter: Meter): number => {
  const room = Math.floor((meter.ceiling - meter.expanded) / MAX_DEFLATE_RATIO);
  return Math.min(MAX_PUSH_BYTES, Math.max(MIN_PUSH_BYTES, room));
};

/** A gzip member's content, stopped as soon as it passes the size or ratio limit. */
export const gunzipWithLimits = (
  bytes: Uint8Array,
  budget: ExpansionBudget = newExpansionBudget(),
): Uint8Array | Rejection => {
  if (bytes.length < GZIP_MIN_BYTES) {
    return malformed(`The gzip data is cut short (${bytes.length} bytes).`);
  }
  const meter = meterFor(bytes.length, budget.remaining);
  const out = inflateWithLimits(
    bytes,
    'gzip',
    (ondata) => new (requireFflate().Gunzip)(ondata),
    meter,
  );
  if (out instanceof Uint8Array) budget.remaining -= out.length;
  return out;
};

/**
 * A zlib stream's content (a PDF's FlateDecode), within `budget` expanded bytes: past the
 * limits it is a `bomb`, which the PDF reader (pdf-objects.ts) makes the PDF's rejection.
 */
export const unzlibWithLimits = (bytes: Uint8Array, budget: number): Uint8Array | Rejection =>
  inflateWithLimits(
    bytes,
    'zlib',
    (ondata) => new (requireFflate().Unzlib)(ondata),
    meterFor(bytes.length, budget),
  );

interface InflateStream {
  push(chunk: Uint8Array, final?: boolean): void;
}
type OnData = (chunk: Uint8Array, final: boolean) => void;

const inflateWithLimits = (
  bytes: Uint8Array,
  what: string,
  open: (ondata: OnData) => InflateStream,
  meter: Meter,
): Uint8Array | Rejection => {
  const chunks: Uint8Array[] = [];
  let ended = false;
  const stream = open((chunk, final) => {
    ended ||= final;
    count(meter, chunk.length);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; ) {
      const end = Math.min(at + pushSize(meter), bytes.length);
      stream.push(bytes.subarray(at, end), end === bytes.length);
      at = end;
    }
  } catch (error) {
    if (error instanceof LimitExceeded) return overLimits(`${what} data`, meter);
    if (error instanceof BudgetExceededError) throw error;
    return malformed(`The ${what} data is corrupt (${(error as Error).message}).`);
  }
  if (!ended) return malformed(`The ${what} data ends before its compressed stream does.`);
  return concat(chunks);
};

/**
 * The given entries of a zip (from `readZipDirectory`), each inflated with its output
 * counted as it is produced: past the upload's budget or the ratio (of all entries
 * together to the zip's size) the whole zip is a `bomb`. Declared sizes only reject early.
 */
export const unzipWithLimits = (
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: ExpansionBudget = newExpansionBudget(),
): Unpacked => {
  const meter = meterFor(bytes.length, budget.remaining);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > meter.ceiling) return overLimits('zip file', { ...meter, expanded: declared });
  const files: UnzippedFile[] = [];
  for (const entry of entries) {
    const out = unzipEntry(bytes, entry, meter);
    if (!(out instanceof Uint8Array)) return out;
    files.push({ name: entry.name, bytes: out });
  }
  budget.remaining -= meter.expanded;
  return { kind: 'files', files };
};

const unzipEntry = (bytes: Uint8Array, entry: ZipEntry, meter: Meter): Uint8Array | Rejection => {
  let data: Uint8Array;
  try {
    data = packedData(bytes, entry);
  } catch (error) {
    return malformed(`The zip data is corrupt (${(error as Error).message}).`);
  }
  if (entry.method === DEFLATE) {
    return inflateWithLimits(data, 'zip', (ondata) => new (requireFflate().Inflate)(ondata), meter);
  }
  if (entry.method !== STORED) {
    return rejected(
      'unsupported-format',
      `The zip entry ${entry.name} uses compression method ${entry.method}; only stored and deflate are read.`,
    );
  }
  try {
    count(meter, data.length);
  } catch (error) {
    if (error instanceof LimitExceeded) return overLimits('zip file', meter);
    throw error;
  }
  return data.slice();
};

const JUNK_ENTRY = /(?:^|\/)(?:__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

/** A real file: not a folder, not OS clutter (`__MACOSX/`, dotfiles, `Thumbs.db`). */
const isFile = (name: string): boolean => !name.endsWith('/') && !JUNK_ENTRY.test(name);

/** An entry read as an article: a real file, not a symbolic link. */
export const isFileEntry = (entry: ZipEntry): boolean => !entry.symlink && isFile(entry.name);

const MIB = 1024 * 1024;
const size = (bytes: number): string =>
  bytes >= MIB ? `${Number((bytes / MIB).toFixed(1))} MiB` : `${bytes} bytes`;

const overLimits = (what: string, meter: Meter): Rejection => {
  const { maxExpandedBytes, maxExpansionRatio } = activeLimits();
  return rejected(
    'bomb',
    `The ${what} expands past ${size(meter.expanded)} from ${meter.packed} bytes; ` +
      `the limits are ${size(maxExpandedBytes)} for the whole upload and ${maxExpansionRatio}x expansion.`,
  );
};

const malformed = (detail: string): Rejection => rejected('malformed', detail);

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
