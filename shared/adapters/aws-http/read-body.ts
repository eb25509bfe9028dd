import type { Readable } from 'node:stream';
import type { BoundedBytes } from '../s3-api.ts';
import type { WireResponse } from './node-transport.ts';

const bytesOf = (chunks: Buffer[], size: number): Uint8Array => {
  const joined = Buffer.concat(chunks, size);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
};

/**
 * Reads a response body until it ends or more than `limit` bytes have arrived, then
 * destroys the rest: a body is never held beyond its bound, whatever its headers said.
 * Rejects when the stream fails or closes before its end (an aborted attempt).
 */
export const readBodyAtMost = (body: Readable, limit: number): Promise<BoundedBytes> => {
  if (body.readableEnded) return Promise.resolve({ bytes: new Uint8Array(), complete: true });
  if (body.destroyed) return Promise.reject(new Error('the response body was dropped'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size <= limit) return;
      body.off('data', onData);
      resolve({ bytes: bytesOf(chunks, size), complete: false });
      body.destroy();
    };
    body.on('data', onData);
    body.once('end', () => resolve({ bytes: bytesOf(chunks, size), complete: true }));
    body.once('error', reject);
    // After the end or past the limit the promise is settled, and this changes nothing.
    body.once('close', () => reject(new Error('the response body ended early')));
  });
};

/** Bytes read from a body, as UTF-8 text. */
export const utf8Of = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** A response header's value; undefined when absent (or repeated, which AWS does not do). */
export const headerOf = (response: WireResponse, name: string): string | undefined => {
  const value = response.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** A 2xx status. */
export const isSuccess = (response: WireResponse): boolean =>
  response.status >= 200 && response.status < 300;
