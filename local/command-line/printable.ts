/**
 * C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text
 * in a terminal (bidi embeddings, overrides and isolates, marks, line and paragraph
 * separators). A key or a document may contain any of them; printed raw they move the
 * cursor, recolour the terminal or make `evil.exe\u202etxt.md` read as something else.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const escapeOne = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * The value as one safe console line: every control or reordering character becomes a
 * visible escape (`\x1b`, `\u202e`). A backslash is doubled, so an escape printed here
 * cannot be confused with one that was already in the value.
 */
export const printable = (value: unknown): string =>
  String(value).replaceAll('\\', '\\\\').replace(UNPRINTABLE, escapeOne);

/** What `JSON.stringify` leaves raw in strings (it escapes C0 itself; raw C0 is layout). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const jsonEscape = (char: string): string =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Pretty JSON for the console: the same value (`JSON.parse` gives it back unchanged),
 * with the characters `JSON.stringify` leaves raw (DEL, C1, bidi) written as `\uXXXX`.
 */
export const printableJson = (value: unknown): string =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(RAW_IN_JSON, jsonEscape);
