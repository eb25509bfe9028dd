import { createHash } from 'node:crypto';

/**
 * Keys of the items one file holds (a feed's guids, a JSON list's ids, a zip's entry
 * names) reach records, logs and the item id: they come out one line, with no control
 * characters, and short, whatever the file wrote.
 */

/** Longest item key kept whole: real guids and paths stay far under it. */
export const MAX_ITEM_KEY_CHARS = 512;
/** Hex chars of the SHA-256 that stands for the cut-off tail: keys stay distinct. */
const HASH_CHARS = 16;
/** C0 and C1 controls, DEL included: `\n` in a key must not split a log line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `\x00` -> `%00`: control characters as `%XX`, the rest of the key as written. */
export const escapeControlChars = (key: string): string =>
  key.replace(
    CONTROL_CHARS,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

/**
 * A key as items carry it: control characters escaped, and a key longer than
 * `MAX_ITEM_KEY_CHARS` cut short with `~` and a hash of the whole key, so two long keys
 * that share their start stay apart and the same key always gives the same result.
 */
export const safeItemKey = (key: string): string => {
  const escaped = escapeControlChars(key);
  if (escaped.length <= MAX_ITEM_KEY_CHARS) return escaped;
  const hash = createHash('sha256').update(escaped, 'utf8').digest('hex').slice(0, HASH_CHARS);
  return `${keepWholeChars(escaped, MAX_ITEM_KEY_CHARS - HASH_CHARS - 1)}~${hash}`;
};

/** The first `length` UTF-16 units, less a high surrogate the cut would leave alone. */
const keepWholeChars = (text: string, length: number): string => {
  const last = text.charCodeAt(length - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? length - 1 : length);
};
