import { deflateSync, zipSync } from 'fflate';

/**
 * Test helpers: real zips (written by fflate) with their headers patched the way a
 * hostile upload would: sizes that lie, compressed data stored under a deflate method,
 * an entry marked as a symbolic link.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_BYTES = 46;
const DEFLATE = 8;
/** Unix mode of a symbolic link (S_IFLNK | 0777), as zip keeps it: in the high 16 bits. */
const SYMLINK_MODE = 0o120777;
const UNIX_HOST = 3;

interface CentralHeader {
  /** Offset of the entry's central-directory header. */
  central: number;
  /** Offset of its local header. */
  local: number;
  name: string;
}

const headersOf = (zip: Uint8Array): CentralHeader[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== EOCD_SIGNATURE) end -= 1;
  const headers: CentralHeader[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + CENTRAL_BYTES, at + 46 + nameLength));
    headers.push({ central: at, local: view.getUint32(at + 42, true), name });
    at +=
      CENTRAL_BYTES + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return headers;
};

const patch = (zip: Uint8Array, change: (view: DataView, header: CentralHeader) => void) => {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (const header of headersOf(out)) change(view, header);
  return out;
};

/** The zip with every entry declaring `declared` uncompressed bytes, in both headers. */
export const withDeclaredSize = (zip: Uint8Array, declared: number): Uint8Array =>
  patch(zip, (view, { central, local }) => {
    view.setUint32(central + 24, declared, true);
    view.setUint32(local + 22, declared, true);
  });

/** The zip with the entry `name` marked as a symbolic link by a unix zipper. */
export const withSymlink = (zip: Uint8Array, name: string): Uint8Array =>
  patch(zip, (view, header) => {
    if (header.name !== name) return;
    view.setUint8(header.central + 5, UNIX_HOST);
    view.setUint32(header.central + 38, (SYMLINK_MODE << 16) >>> 0, true);
  });

/**
 * A zip of `entries` entries, each a deflate stream of `bytesEach` zero bytes declaring
 * 100 bytes. The stream is deflated once and stored under every name (then marked as
 * deflated), so a zip of hundreds of bombs is cheap to write.
 */
export const lyingBombZip = (entries: number, bytesEach: number): Uint8Array => {
  const stream = deflateSync(new Uint8Array(bytesEach), { level: 9 });
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (let i = 0; i < entries; i++) files[`story-${i}.txt`] = [stream, { level: 0 }];
  const deflated = patch(zipSync(files), (view, { central, local }) => {
    view.setUint16(central + 10, DEFLATE, true);
    view.setUint16(local + 8, DEFLATE, true);
  });
  return withDeclaredSize(deflated, 100);
};

const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_BYTES = 56;
const ZIP64_LOCATOR_BYTES = 20;

/**
 * The zip as a zip64 writer ends it: a zip64 end record and its locator before the end
 * record, whose entry count and directory offset say "see zip64" (0xFFFF, 0xFFFFFFFF).
 */
export const asZip64 = (zip: Uint8Array): Uint8Array => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== EOCD_SIGNATURE) end -= 1;
  const count = view.getUint16(end + 10, true);
  const out = new Uint8Array(zip.length + ZIP64_EOCD_BYTES + ZIP64_LOCATOR_BYTES);
  out.set(zip.subarray(0, end));
  const tail = new DataView(out.buffer, end);
  tail.setUint32(0, ZIP64_EOCD_SIGNATURE, true);
  tail.setBigUint64(4, BigInt(ZIP64_EOCD_BYTES - 12), true);
  tail.setBigUint64(24, BigInt(count), true);
  tail.setBigUint64(32, BigInt(count), true);
  tail.setBigUint64(40, BigInt(view.getUint32(end + 12, true)), true);
  tail.setBigUint64(48, BigInt(view.getUint32(end + 16, true)), true);
  tail.setUint32(ZIP64_EOCD_BYTES, ZIP64_LOCATOR_SIGNATURE, true);
  tail.setBigUint64(ZIP64_EOCD_BYTES + 8, BigInt(end), true);
  tail.setUint32(ZIP64_EOCD_BYTES + 16, 1, true);
  const last = ZIP64_EOCD_BYTES + ZIP64_LOCATOR_BYTES;
  out.set(zip.subarray(end), end + last);
  tail.setUint16(last + 10, 0xffff, true);
  tail.setUint32(last + 16, 0xffffffff, true);
  return out;
};
