import { escapeControlChars } from '../item-key.ts';

/**
 * A zip's central directory, read by hand so that nothing it declares is trusted: every
 * offset is checked against the bytes, the entry count against the limit before any
 * entry is read, and the sizes it declares are only reported (the inflating code counts
 * what entries really expand to). Names are item keys, never paths.
 */

/** Why the bytes are not a zip we can read (cut off, offsets outside the file...). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export interface ZipEntry {
  /** The entry's name as an item key: control characters escaped as `%XX`. */
  name: string;
  /** 0: stored, 8: deflate; anything else is not read. */
  method: number;
  /** Bytes the entry's data takes in the zip. */
  packedSize: number;
  /** What the entry says it expands to: an early reject at most, never a bound. */
  declaredSize: number;
  /** Where its local header starts. */
  headerOffset: number;
  /** A symbolic link (unix mode S_IFLNK): skipped, like OS clutter. */
  symlink: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const ZIP64_LOCATOR_BYTES = 20;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
/** The end record may be followed by a comment of at most this many bytes. */
const MAX_COMMENT_BYTES = 0xffff;
/** A 32-bit field with this value is given in the zip64 extra field instead. */
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;
/** General-purpose flag bit 11: the name is UTF-8 (else byte per char, as fflate reads it). */
const UTF8_NAME_FLAG = 0x800;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

const utf8 = new TextDecoder('utf-8');

/** A view that reads little-endian fields and throws `ZipFormatError` outside the bytes. */
class Fields {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  check(at: number, length: number, what: string): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > this.bytes.length) {
      throw new ZipFormatError(`its ${what} lies outside the file`);
    }
  }
  u16(at: number): number {
    this.check(at, 2, 'data');
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4, 'data');
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
}

interface Directory {
  count: number;
  offset: number;
}

/** Where the end-of-central-directory record is: searched back over the comment only. */
const findEnd = (fields: Fields): number => {
  const last = fields.bytes.length - EOCD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at--) {
    if (fields.u32(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('it has no end-of-central-directory record');
};

const findDirectory = (fields: Fields): Directory => {
  const end = findEnd(fields);
  const count = fields.u16(end + 10);
  const offset = fields.u32(end + 16);
  const locator = end - ZIP64_LOCATOR_BYTES;
  if (count !== 0xffff && offset !== ZIP64_MARK) return { count, offset };
  if (locator < 0 || fields.u32(locator) !== ZIP64_LOCATOR_SIGNATURE) return { count, offset };
  const record = fields.u64(locator + 8);
  if (fields.u32(record) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError('its zip64 end record is missing');
  }
  return { count: fields.u64(record + 32), offset: fields.u64(record + 48) };
};

/** The 64-bit values of the fields marked in the 32-bit header, from the zip64 extra field. */
const zip64Values = (fields: Fields, extra: number, extraEnd: number, marked: number): number[] => {
  for (let at = extra; at + 4 <= extraEnd; at += 4 + fields.u16(at + 2)) {
    if (fields.u16(at) !== ZIP64_EXTRA_ID) continue;
    return Array.from({ length: marked }, (_, i) => fields.u64(at + 4 + 8 * i));
  }
  throw new ZipFormatError('its zip64 sizes are missing');
};

const decodeName = (raw: Uint8Array, flags: number): string =>
  (flags & UTF8_NAME_FLAG) !== 0
    ? utf8.decode(raw)
    : Array.from(raw, (byte) => String.fromCharCode(byte)).join('');

/** One central-directory header at `at`: its entry, and where the next header starts. */
const readHeader = (fields: Fields, at: number): { entry: ZipEntry; next: number } => {
  if (fields.u32(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('a directory entry is broken');
  const nameLength = fields.u16(at + 28);
  const extra = at + CENTRAL_BYTES + nameLength;
  const extraEnd = extra + fields.u16(at + 30);
  const next = extraEnd + fields.u16(at + 32);
  fields.check(at, next - at, 'directory entry');
  const sizes = [fields.u32(at + 24), fields.u32(at + 20), fields.u32(at + 42)];
  const marked = sizes.filter((size) => size === ZIP64_MARK).length;
  const wide = marked > 0 ? zip64Values(fields, extra, extraEnd, marked) : [];
  const [declaredSize = 0, packedSize = 0, headerOffset = 0] = sizes.map((size) =>
    size === ZIP64_MARK ? (wide.shift() ?? 0) : size,
  );
  const raw = fields.bytes.subarray(at + CENTRAL_BYTES, at + CENTRAL_BYTES + nameLength);
  const entry: ZipEntry = {
    name: escapeControlChars(decodeName(raw, fields.u16(at + 8))),
    method: fields.u16(at + 10),
    packedSize,
    declaredSize,
    headerOffset,
    symlink: ((fields.u32(at + 38) >>> 16) & FILE_TYPE_MASK) === SYMLINK_TYPE,
  };
  return { entry, next };
};

/**
 * The entries of a zip's central directory, without inflating any, or the count it
 * declares when that is over `maxEntries` (checked before a single entry is read).
 * Throws `ZipFormatError` when the bytes are not a readable zip.
 */
export const readZipDirectory = (
  bytes: Uint8Array,
  maxEntries: number,
): ZipEntry[] | { tooMany: number } => {
  const fields = new Fields(bytes);
  const { count, offset } = findDirectory(fields);
  if (count > maxEntries) return { tooMany: count };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readHeader(fields, at);
    entries.push(entry);
    at = next;
  }
  return entries;
};

/** The entry's data as stored in the zip (compressed, for method 8), found via its local header. */
export const packedData = (bytes: Uint8Array, entry: ZipEntry): Uint8Array => {
  const fields = new Fields(bytes);
  const at = entry.headerOffset;
  if (fields.u32(at) !== LOCAL_SIGNATURE) throw new ZipFormatError('a local header is broken');
  const start = at + LOCAL_BYTES + fields.u16(at + 26) + fields.u16(at + 28);
  fields.check(start, entry.packedSize, 'entry data');
  return bytes.subarray(start, start + entry.packedSize);
};
