import { InvalidEventError } from '../domain/errors.ts';

/**
 * S3 writes object keys into event notifications form-encoded
 * (`application/x-www-form-urlencoded` over UTF-8): a space becomes `+`, a plus `%2B`,
 * `(` `%28`, `é` `%C3%A9`. It leaves letters, digits, `-`, `_`, `.`, `*` and the `/`
 * between "folders" as they are. (Recorded events show `a+b.txt` for `a b.txt`,
 * `file+%281%29.txt` for `file (1).txt` and `dt%3D2018-05-04` for `dt=2018-05-04`.)
 * The decoder below accepts any percent-encoding, so a producer that encodes more or
 * less than S3 still round-trips.
 */
const LEFT_AS_IS = /^[A-Za-z0-9\-_.*/]$/;
const PLUS = /\+/g;
const encoder = new TextEncoder();

const percentEncode = (char: string): string =>
  Array.from(
    encoder.encode(char),
    (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/** Encodes a key the way S3 does in an event notification (used to build real-shaped events). */
export const encodeS3Key = (key: string): string =>
  Array.from(key, (char) => {
    if (char === ' ') return '+';
    return LEFT_AS_IS.test(char) ? char : percentEncode(char);
  }).join('');

/**
 * Decodes a key from an event notification, exactly once: `+` is a space, then percent
 * escapes (`%2B` is a plus, `%C3%A9` is `é`). A malformed escape is not a key S3 sent.
 */
export const decodeS3Key = (encoded: string): string => {
  try {
    return decodeURIComponent(encoded.replace(PLUS, ' '));
  } catch (error) {
    throw new InvalidEventError(`Object key is not valid URL encoding: ${encoded}`, {
      cause: error,
    });
  }
};
