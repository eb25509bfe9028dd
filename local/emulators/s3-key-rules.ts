import { createHash } from 'node:crypto';

/** S3's limit: a key is at most 1024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;
/** S3's bucket naming rules: 3-63 lowercase letters, digits, dots and hyphens. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PERCENT_ESCAPE = /%([0-9a-fA-F]{2})/y;
/** s3rver names upload folders with 16 random bytes in hex. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;
/** S3 numbers parts from 1 to 10,000. */
const PART_NUMBER = /^(?:[1-9]\d{0,3}|10000)$/;

export type KeyProblem =
  | { code: 'KeyTooLongError'; size: number }
  | { code: 'InvalidURI'; reason: string };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes a percent-encoded URL path segment stands for. `%XX` is a byte; any other
 * character stands for its own UTF-8 bytes (an invalid `%` is kept as it is, as the
 * router does).
 */
export const percentDecodedBytes = (encoded: string): Buffer => {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; ) {
    PERCENT_ESCAPE.lastIndex = i;
    const percent = PERCENT_ESCAPE.exec(encoded);
    if (percent) {
      bytes.push(Number.parseInt(percent[1] ?? '0', 16));
      i += 3;
      continue;
    }
    const char = String.fromCodePoint(encoded.codePointAt(i) ?? 0);
    bytes.push(...Buffer.from(char, 'utf8'));
    i += char.length;
  }
  return Buffer.from(bytes);
};

/** Why S3 would refuse this key (given as the bytes the request names), if it would. */
export const keyProblem = (key: Buffer): KeyProblem | undefined => {
  if (key.length > MAX_KEY_BYTES) return { code: 'KeyTooLongError', size: key.length };
  try {
    fatalUtf8.decode(key);
  } catch {
    return { code: 'InvalidURI', reason: 'The key is not valid UTF-8.' };
  }
  return undefined;
};

export const isValidBucketName = (name: string): boolean => BUCKET_NAME.test(name);
export const isValidUploadId = (id: unknown): boolean =>
  typeof id === 'string' && UPLOAD_ID.test(id);
export const isValidPartNumber = (part: unknown): boolean =>
  typeof part === 'string' && PART_NUMBER.test(part);

/**
 * The file name an object's files start with: the SHA-256 of its key in hex. Any key
 * (`../../x`, a 300-byte segment, a control character) becomes 64 safe characters in
 * the bucket's own folder, so no key can leave the data dir or exceed a name's length.
 */
export const objectFileName = (key: string): string =>
  createHash('sha256').update(key, 'utf8').digest('hex');
