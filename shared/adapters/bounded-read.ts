import type { BoundedBytes } from './s3-api.ts';

/**
 * Reads a stream until it ends or more than `limit` bytes have arrived, then stops and
 * cancels the rest: a body is never held beyond its bound, whatever its headers said.
 */
export const readAtMost = async (
  stream: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<BoundedBytes> => {
  if (!stream) return { bytes: new Uint8Array(), complete: true };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: concat(chunks, size), complete: true };
      chunks.push(value);
      size += value.byteLength;
      if (size > limit) {
        // Not awaited: a cancel resolves only once every reader of the stream let go.
        reader.cancel().catch(() => undefined);
        return { bytes: concat(chunks, size), complete: false };
      }
    }
  } finally {
    reader.releaseLock();
  }
};

const concat = (chunks: Uint8Array[], size: number): Uint8Array => {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
};
