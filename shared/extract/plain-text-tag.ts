/**
 * The start or end tag at a `<`, read the way an HTML tokenizer reads one, by a forward
 * scan rather than a regular expression: `/` separates a tag name from an attribute and
 * attributes from each other (`<img/src=x/onerror=...>`, `<svg/onload=...>`) as
 * whitespace does, which a pattern can only express with overlapping repetitions that
 * backtrack quadratically on `<a////...`.
 */

/** A tag read at a `<`: where it ends, its name and whether an attribute has no value. */
export interface ScannedTag {
  readonly end: number;
  readonly closing: boolean;
  readonly name: string;
  readonly bareAttribute: boolean;
}

/** The tag scan and how many characters it looked at (charged to the work budget). */
export interface TagScan {
  readonly tag: ScannedTag | undefined;
  readonly scanned: number;
}

/** Where the quote closing a quoted value is, `-1` if none (a search remembered per quote). */
export type FindQuote = (text: string, quote: string, from: number) => number;

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
const isAsciiLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** A tag name: letters, digits, `_`, `.`, `:` and `-` (custom `my-card`, namespaced `o:p`). */
const isNameChar = (code: number): boolean =>
  isAsciiLetter(code) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f ||
  code === 0x2e ||
  code === 0x3a ||
  code === 0x2d;
/** Characters that end an attribute name (whitespace too). */
const NAME_ENDS = new Set([...'"\'<>/='].map((char) => char.charCodeAt(0)));
/** Characters that cannot start one: the markup of a broken tag, or prose. */
const NAME_CANNOT_START = new Set([...'"\'<='].map((char) => char.charCodeAt(0)));
const SLASH = 0x2f;
const EQUALS = 0x3d;
const GT = 0x3e;
const LT = 0x3c;
const QUOTES = new Set([0x22, 0x27]);

/**
 * Reads the tag starting at `text[lt] === '<'`. A tag is `<` (or `</`), an ASCII letter
 * and a name, then attributes (bare, or `name=value` quoted or not), each after
 * whitespace or `/`, then `>`. Anything else (`x<y`, `a </ b`, `<a/` left open, a `<`
 * before the `>` outside a quoted value) is no tag. The scan only moves forward; it stops
 * at the end of the tag, at the first character no tag allows there, or at a quote that
 * is never closed, so it reads each character at most once.
 */
export const scanTag = (text: string, lt: number, findQuote: FindQuote): TagScan => {
  let at = lt + 1;
  const closing = text.charCodeAt(at) === SLASH;
  if (closing) at += 1;
  if (!isAsciiLetter(text.charCodeAt(at))) return { tag: undefined, scanned: at - lt };
  const nameStart = at;
  while (at < text.length && isNameChar(text.charCodeAt(at))) at += 1;
  const name = text.slice(nameStart, at);
  let bareAttribute = false;
  for (;;) {
    const afterName = at;
    while (at < text.length && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === SLASH)) {
      at += 1;
    }
    const code = text.charCodeAt(at);
    if (code === GT)
      return { tag: { end: at + 1, closing, name, bareAttribute }, scanned: at - lt };
    // An attribute needs a separator before it; `<a"`, `<b>x` run on, `<a/` ends open.
    if (at === afterName || at >= text.length || NAME_CANNOT_START.has(code)) {
      return { tag: undefined, scanned: at - lt + 1 };
    }
    while (
      at < text.length &&
      !isSpace(text.charCodeAt(at)) &&
      !NAME_ENDS.has(text.charCodeAt(at))
    ) {
      at += 1;
    }
    const value = valueEnd(text, at, findQuote);
    if (value === undefined) return { tag: undefined, scanned: at - lt + 1 };
    if (value === at) bareAttribute = true;
    at = value;
  }
};

/**
 * Where the `=value` after an attribute name at `at` ends: `at` itself when there is none,
 * undefined when the value is broken (`=` with nothing after it, a quote never closed).
 * An unquoted value runs to whitespace, `>` or `<` (a `/` in it is its own: `src=a/b`).
 */
const valueEnd = (text: string, at: number, findQuote: FindQuote): number | undefined => {
  let equals = at;
  while (equals < text.length && isSpace(text.charCodeAt(equals))) equals += 1;
  if (text.charCodeAt(equals) !== EQUALS) return at;
  let start = equals + 1;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  const first = text.charCodeAt(start);
  if (QUOTES.has(first)) {
    const close = findQuote(text, text.charAt(start), start + 1);
    return close === -1 ? undefined : close + 1;
  }
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isSpace(code) || code === GT || code === LT) break;
    end += 1;
  }
  return end === start ? undefined : end;
};
