/**
 * Whitespace and invisible characters, the same way for every format and field, in one
 * scan of the text (a whole page is normalised at once, so each extra pass costs):
 * - line breaks (`\r\n`, a lone `\r`, U+2028, U+2029, NEL) become `\n`;
 * - no-break and typographic spaces read as one plain space. Tabs stay: they are
 *   indentation in Markdown and whitespace to every other parser;
 * - zero-width characters, stray BOMs and soft hyphens carry no text and are dropped.
 */
const ODD_CHARACTERS =
  /[\r\u2028\u2029\u0085\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u200b-\u200d\u2060\ufeff]/g;
const LINE_BREAKS = new Set(['\r', '\u2028', '\u2029', '\u0085']);
const INVISIBLES = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

const replacementOf = (character: string, offset: number, text: string): string => {
  // `\r\n` is one break: the `\r` goes, the `\n` stays.
  if (character === '\r' && text.charCodeAt(offset + 1) === 0x0a) return '';
  if (LINE_BREAKS.has(character)) return '\n';
  return INVISIBLES.has(character) ? '' : ' ';
};

/**
 * Unicode NFC, `\n` line breaks, one kind of space, no invisible characters. Runs of
 * spaces are kept: each format decides what whitespace means (a blank line in text, a
 * code block in Markdown).
 */
export const normalizeText = (text: string): string =>
  text.normalize('NFC').replace(ODD_CHARACTERS, replacementOf);

const SPACE_RUNS = /\s+/g;

/** One line of prose: every run of whitespace (newlines included) becomes one space. */
export const collapseSpaces = (text: string): string => text.replace(SPACE_RUNS, ' ').trim();
