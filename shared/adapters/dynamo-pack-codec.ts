import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { PackCodec } from '../pipeline/stored-item.ts';

/**
 * Brotli quality for the packed text. Write units are billed per KB begun, and a KB of
 * write costs as much as about 45 ms of the function's CPU at 1 GB: the quality that
 * saves bytes at a millisecond or two per article pays; the top qualities (10-11, about
 * five times slower for a few per cent) do not.
 */
const QUALITY = 6;
/**
 * The most a packed attribute may unpack to: a record is offloaded long before its JSON
 * passes 350 KB (`MAX_RECORD_JSON_BYTES`), and DynamoDB items are at most 400 KB; a
 * larger output is no item of ours, and is refused rather than inflated.
 */
const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;

/** The store's codec for the packed attribute: Brotli in text mode. */
export const brotliPackCodec: PackCodec = {
  pack: (json) => {
    const bytes = Buffer.from(json, 'utf8');
    const packed = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    return new Uint8Array(packed.buffer, packed.byteOffset, packed.length);
  },
  unpack: (bytes) =>
    brotliDecompressSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8'),
};
