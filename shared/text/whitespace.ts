/** Whitespace and invisible characters, the same way for every format and field. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/**
 * No-break and typographic spaces read as one plain space. Tabs stay: they are
 * indentation in Markdown and whitespace to every other parser.
 */
const ODD_SPACES = /[\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width characters, stray BOMs and soft hyphens carry no text. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Unicode NFC, `\n` line breaks, one kind of space, no invisible characters. Runs of
 * spaces are kept: each format decides what whitespace means (a blank line in text, a
 * code block in Markdown).
 */
export const normalizeText = (text: string): string =>
  text.normalize('NFC').replace(LINE_BREAKS, '\n').replace(ODD_SPACES, ' ').replace(INVISIBLES, '');

const SPACE_RUNS = /\s+/g;

/** One line of prose: every run of whitespace (newlines included) becomes one space. */
export const collapseSpaces = (text: string): string => text.replace(SPACE_RUNS, ' ').trim();
