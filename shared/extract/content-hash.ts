import { createHash } from 'node:crypto';

/**
 * A fingerprint for exact duplicates: SHA-256 of the body. The body is already
 * normalised (NFC, one space between words, one blank line between paragraphs), so
 * copies that differ only in encoding, line wrapping or markup hash alike.
 */
export const contentHash = (body: string): string =>
  `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;
