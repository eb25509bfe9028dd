import { Gunzip, type UnzipFileInfo, Unzlib, unzipSync } from 'fflate';
import type { RejectReason } from '../domain/record.ts';
import { rejected } from './read-result.ts';

/**
 * gzip and zip uploads, unpacked in memory within limits, so that a compression bomb is a
 * rejection and not an out-of-memory crash of the function.
 */

/** Most bytes one upload may expand to: 2x the largest article we accept, with room. */
export const MAX_EXPANDED_BYTES = 50 * 1024 * 1024;
/**
 * Largest expansion ratio accepted once the output passes `RATIO_CHECK_FROM`. Text
 * compresses 3-10x; 100x and more is padding or a bomb (deflate's ceiling is ~1030x).
 */
export const MAX_EXPANSION_RATIO = 100;
/** Below this output size the ratio is not checked: small outputs are harmless. */
const RATIO_CHECK_FROM = 1024 * 1024;
/** Most entries a zip may list: a DOCX has ~10-30; thousands is not an article upload. */
export const MAX_ZIP_ENTRIES = 1000;
/** Input fed to the gunzip stream at a time, so a bomb is stopped after little output. */
const GUNZIP_CHUNK_BYTES = 16 * 1024;

export interface Rejection {
  kind: 'rejected';
  reason: RejectReason;
  detail: string;
}
export type Unpacked = { kind: 'files'; files: Record<string, Uint8Array> } | Rejection;

/** A gzip member's 10-byte header and 8-byte trailer: anything shorter is cut off. */
const GZIP_MIN_BYTES = 18;

class LimitExceeded extends Error {}

/**
 * What one upload may still expand to, shared by every container in it (an archive of
 * archives, a zip of DOCX files): nesting must not multiply the expanded-size limit.
 */
export interface ExpansionBudget {
  remaining: number;
}

export const newExpansionBudget = (): ExpansionBudget => ({ remaining: MAX_EXPANDED_BYTES });

/** A gzip member's content, stopped as soon as it passes the size or ratio limit. */
export const gunzipWithLimits = (
  bytes: Uint8Array,
  budget: ExpansionBudget = newExpansionBudget(),
): Uint8Array | Rejection => {
  if (bytes.length < GZIP_MIN_BYTES) {
    return malformed(`The gzip data is cut short (${bytes.length} bytes).`);
  }
  const out = inflateWithLimits(bytes, 'gzip', (ondata) => new Gunzip(ondata), budget.remaining);
  if (out instanceof Uint8Array) budget.remaining -= out.length;
  return out;
};

/** A zlib stream's content (a PDF's FlateDecode), within `budget` expanded bytes. */
export const unzlibWithLimits = (bytes: Uint8Array, budget: number): Uint8Array | Rejection =>
  inflateWithLimits(bytes, 'zlib', (ondata) => new Unzlib(ondata), budget);

interface InflateStream {
  push(chunk: Uint8Array, final?: boolean): void;
}
type OnData = (chunk: Uint8Array, final: boolean) => void;

const inflateWithLimits = (
  bytes: Uint8Array,
  what: string,
  open: (ondata: OnData) => InflateStream,
  budget: number,
): Uint8Array | Rejection => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const stream = open((chunk, final) => {
    ended ||= final;
    total += chunk.length;
    if (total > budget || overLimit(total, bytes.length)) throw new LimitExceeded();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += GUNZIP_CHUNK_BYTES) {
      const end = Math.min(at + GUNZIP_CHUNK_BYTES, bytes.length);
      stream.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof LimitExceeded) return tooLarge(`${what} data`, total, bytes.length);
    return malformed(`The ${what} data is corrupt (${(error as Error).message}).`);
  }
  if (!ended) return malformed(`The ${what} data ends before its compressed stream does.`);
  return concat(chunks, total);
};

/**
 * The named entries of a zip (all non-folder entries when `wanted` is omitted), after
 * checking the entry count and the declared sizes against the limits (fflate inflates an
 * entry into a buffer of its declared size, so the declared sizes bound the memory used).
 */
export const unzipWithLimits = (
  bytes: Uint8Array,
  wanted?: (name: string) => boolean,
  budget: ExpansionBudget = newExpansionBudget(),
): Unpacked => {
  try {
    const entries = listZip(bytes);
    if (entries.length > MAX_ZIP_ENTRIES) {
      return rejected(
        'too-large',
        `The zip lists ${entries.length} entries; the limit is ${MAX_ZIP_ENTRIES}.`,
      );
    }
    const chosen = new Set(entries.filter((e) => (wanted ?? isFile)(e.name)).map((e) => e.name));
    const declared = entries
      .filter((e) => chosen.has(e.name))
      .reduce((sum, e) => sum + e.originalSize, 0);
    if (declared > budget.remaining || overLimit(declared, bytes.length)) {
      return tooLarge('zip file', declared, bytes.length);
    }
    budget.remaining -= declared;
    return { kind: 'files', files: unzipSync(bytes, { filter: (file) => chosen.has(file.name) }) };
  } catch (error) {
    return malformed(`The zip data is corrupt (${(error as Error).message}).`);
  }
};

/** The entries of a zip's central directory, without inflating any. */
export const listZip = (bytes: Uint8Array): UnzipFileInfo[] => {
  const entries: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push(file);
      return false;
    },
  });
  return entries;
};

const JUNK_ENTRY = /(?:^|\/)(?:__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

/** A real file: not a folder, not OS clutter (`__MACOSX/`, dotfiles, `Thumbs.db`). */
export const isFile = (name: string): boolean => !name.endsWith('/') && !JUNK_ENTRY.test(name);

const overLimit = (expanded: number, packed: number): boolean =>
  expanded > MAX_EXPANDED_BYTES ||
  (expanded > RATIO_CHECK_FROM && expanded > MAX_EXPANSION_RATIO * Math.max(packed, 1));

const MIB = 1024 * 1024;

const tooLarge = (what: string, expanded: number, packed: number): Rejection =>
  rejected(
    'too-large',
    `The ${what} expands past ${(expanded / MIB).toFixed(1)} MiB from ${packed} bytes; ` +
      `the limits are ${MAX_EXPANDED_BYTES / MIB} MiB for the whole upload and ${MAX_EXPANSION_RATIO}x expansion.`,
  );

const malformed = (detail: string): Rejection => rejected('malformed', detail);

const concat = (chunks: readonly Uint8Array[], total: number): Uint8Array => {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
