import type { PdfLine } from './layout.ts';
import type { PageText } from './pages.ts';

/**
 * The pages' lines as plain text, one paragraph a line with blank lines between. A new
 * paragraph starts where the gap between baselines grows past the usual line gap, the font
 * size changes, the text jumps up (a new column or page), or a line is indented from the
 * margin (the first-line indent of books and LaTeX, which leave no gap). Wrapped lines are
 * joined, words hyphenated at a line end rejoined; a lone page number heading or closing a
 * page is left out.
 */

/** A gap between baselines this many times the usual line gap starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** Lines whose font sizes differ by more than this ratio are not one paragraph. */
const SIZE_CHANGE_RATIO = 1.15;
/** A line starting this many ems right of a line at the margin is a paragraph's first line. */
const INDENT_EM = 1;
/** How near the page's leftmost line start a line must be to count as at the margin. */
const MARGIN_EM = 0.5;
/** `exam-` (or a soft hyphen) at a line end before a lower-case letter: a word split. */
const SPLIT_WORD_END = /\p{L}[-\u00ad]$/u;
const LOWER_START = /^\p{Ll}/u;
/** A bullet or number opening a list item, whose wrapped lines hang indented. */
const LIST_MARKER = /^(?:[-*•‣◦▪–]|\d{1,3}[.)])\s/;
/** `7`, `Page 7`, `7 of 12`, `- 7 -`: a folio, not text. */
const PAGE_NUMBER = /^(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i;
const SOFT_HYPHENS = /\u00ad/g;
/** Ligature characters (ﬁ, ﬂ, ﬃ ...) some ToUnicode maps give: spelt out, so words match. */
const LIGATURES = /[\ufb00-\ufb06]/g;
/**
 * A spacing accent drawn just before a letter: TeX's way of setting é with fonts that have
 * no é (the accent glyph placed over the letter). Made one composed letter.
 */
const ACCENT_THEN_LETTER = /([´¨ˆ˜¯¸ˇ˘˙˚˝˛])(\p{L})/gu;
// biome-ignore format: a table reads best packed
const COMBINING: Record<string, string> = {
  '´': '\u0301', '¨': '\u0308', 'ˆ': '\u0302', '˜': '\u0303', '¯': '\u0304', '¸': '\u0327',
  'ˇ': '\u030c', '˘': '\u0306', '˙': '\u0307', '˚': '\u030a', '˝': '\u030b', '˛': '\u0328',
};

export const paragraphsText = (pages: readonly PageText[]): string =>
  pages
    .flatMap((page) => pageParagraphs(page.lines))
    .map(cleanUp)
    .join('\n\n');

const pageParagraphs = (all: readonly PdfLine[]): string[] => {
  const usual = lowerQuartile(lineGaps(all));
  const margin = all.reduce((least, line) => Math.min(least, line.x), Number.POSITIVE_INFINITY);
  const breaks = (previous: PdfLine | undefined, line: PdfLine) =>
    !previous || startsParagraph(previous, line, usual, margin);
  const lines = withoutFolios(all, breaks);
  const paragraphs: string[] = [];
  let paragraph = '';
  lines.forEach((line, i) => {
    if (breaks(lines[i - 1], line)) {
      if (paragraph) paragraphs.push(paragraph);
      paragraph = line.text;
    } else paragraph = joinLine(paragraph, line.text);
  });
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs;
};

const startsParagraph = (previous: PdfLine, line: PdfLine, usual: number, margin: number) => {
  const gap = previous.y - line.y;
  const sizes =
    Math.max(previous.size, line.size) / Math.max(Math.min(previous.size, line.size), 1e-6);
  // Not a list item's hanging indent, nor a line that carries on a sentence.
  const indented =
    previous.x - margin < MARGIN_EM * previous.size &&
    line.x - previous.x > INDENT_EM * line.size &&
    !LIST_MARKER.test(previous.text) &&
    !LOWER_START.test(line.text);
  return (
    gap <= 0 ||
    (usual > 0 && gap > usual * PARAGRAPH_GAP_RATIO) ||
    sizes > SIZE_CHANGE_RATIO ||
    indented
  );
};

/** The page without a page number standing alone as its first or last line. */
const withoutFolios = (
  lines: readonly PdfLine[],
  breaks: (previous: PdfLine | undefined, line: PdfLine) => boolean,
): readonly PdfLine[] => {
  const [first, second] = lines;
  const [beforeLast, last] = lines.slice(-2);
  let from = 0;
  let to = lines.length;
  if (first && second && PAGE_NUMBER.test(first.text) && breaks(first, second)) from = 1;
  if (
    last &&
    beforeLast &&
    to - from > 1 &&
    PAGE_NUMBER.test(last.text) &&
    breaks(beforeLast, last)
  )
    to -= 1;
  return lines.slice(from, to);
};

const lineGaps = (lines: readonly PdfLine[]): number[] =>
  lines
    .slice(1)
    .map((line, i) => (lines[i]?.y ?? 0) - line.y)
    .filter((gap) => gap > 0);

/** The line gap inside paragraphs: the lower quartile, since paragraph gaps can be common. */
const lowerQuartile = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
};

/** Joins a wrapped line; a word hyphenated across the break loses its hyphen. */
const joinLine = (paragraph: string, line: string): string =>
  SPLIT_WORD_END.test(paragraph) && LOWER_START.test(line)
    ? `${paragraph.slice(0, -1)}${line}`
    : `${paragraph} ${line}`;

const cleanUp = (text: string): string =>
  text
    .replace(SOFT_HYPHENS, '')
    .replace(LIGATURES, (c) => c.normalize('NFKC'))
    .replace(ACCENT_THEN_LETTER, (_, accent: string, letter: string) =>
      `${letter}${COMBINING[accent] ?? ''}`.normalize('NFC'),
    );
