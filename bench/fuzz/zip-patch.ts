/**
 * Rewrites what a zip declares about an entry, leaving its data alone: the lying archives
 * of the hostile catalogue (an entry that says 100 bytes and inflates to megabytes).
 * Offsets are those of the ZIP format (APPNOTE 4.3.7 and 4.3.12).
 */
const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const END_RECORD_BYTES = 22;
/** The end record may be followed by a comment of up to 64 KiB. */
const MAX_COMMENT = 0xffff;

const LOCAL_UNCOMPRESSED = 22;
const CENTRAL_UNCOMPRESSED = 24;
const CENTRAL_NAME_LENGTH = 28;
const CENTRAL_EXTRA_LENGTH = 30;
const CENTRAL_COMMENT_LENGTH = 32;
const CENTRAL_LOCAL_OFFSET = 42;
const CENTRAL_FIXED_BYTES = 46;
const END_ENTRIES = 10;
const END_DIRECTORY_OFFSET = 16;

const findEnd = (view: DataView): number => {
  const last = view.byteLength - END_RECORD_BYTES;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw new RangeError('Not a zip: no end of central directory record.');
};

interface CentralEntry {
  name: string;
  /** Offset of its central directory record. */
  central: number;
  /** Offset of its local header. */
  local: number;
}

/** The entries the central directory lists, with where their two headers are. */
const centralEntries = (view: DataView, bytes: Uint8Array): CentralEntry[] => {
  const end = findEnd(view);
  const entries: CentralEntry[] = [];
  let at = view.getUint32(end + END_DIRECTORY_OFFSET, true);
  for (let i = view.getUint16(end + END_ENTRIES, true); i > 0; i--) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new RangeError('Broken central directory.');
    const nameLength = view.getUint16(at + CENTRAL_NAME_LENGTH, true);
    const nameStart = at + CENTRAL_FIXED_BYTES;
    const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    const local = view.getUint32(at + CENTRAL_LOCAL_OFFSET, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE)
      throw new RangeError('Broken local header.');
    entries.push({ name, central: at, local });
    at +=
      CENTRAL_FIXED_BYTES +
      nameLength +
      view.getUint16(at + CENTRAL_EXTRA_LENGTH, true) +
      view.getUint16(at + CENTRAL_COMMENT_LENGTH, true);
  }
  return entries;
};

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A copy of `zip` whose entry `name` declares `size` uncompressed bytes in both its headers. */
export const patchDeclaredSize = (zip: Uint8Array, name: string, size: number): Uint8Array => {
  const out = zip.slice();
  const view = viewOf(out);
  const entries = centralEntries(view, out).filter((entry) => entry.name === name);
  if (entries.length === 0) throw new RangeError(`The zip has no entry ${name}.`);
  for (const { central, local } of entries) {
    view.setUint32(central + CENTRAL_UNCOMPRESSED, size, true);
    view.setUint32(local + LOCAL_UNCOMPRESSED, size, true);
  }
  return out;
};

/** The uncompressed size each entry declares, or -1 where its two headers disagree. */
export const declaredSizes = (zip: Uint8Array): Record<string, number> => {
  const view = viewOf(zip);
  const sizes: Record<string, number> = {};
  for (const { name, central, local } of centralEntries(view, zip)) {
    const declared = view.getUint32(central + CENTRAL_UNCOMPRESSED, true);
    sizes[name] = declared === view.getUint32(local + LOCAL_UNCOMPRESSED, true) ? declared : -1;
  }
  return sizes;
};
