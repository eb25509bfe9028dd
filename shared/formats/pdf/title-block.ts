import type { PageText } from './pages.ts';

/**
 * The first page's title block: the lines set in the page's largest type at its top, as
 * print layouts (reports, papers, press releases, saved web pages) set the headline. Used
 * when the text gave no headline and the Info dictionary's Title is a tool's default.
 */

/** The headline's type is bigger than the body's by at least this ratio. */
const HEADLINE_SIZE_RATIO = 1.15;
/** The block starts among the page's first lines (a kicker or date line may come first). */
const MAX_LINES_BEFORE = 3;
/** A headline wraps to a few lines at most; more at that size is a poster or a cover. */
const MAX_BLOCK_LINES = 4;
const MAX_TITLE_CHARS = 200;
const HAS_LETTER = /\p{L}/u;

export const titleBlock = (pages: readonly PageText[]): string | undefined => {
  const lines = pages[0]?.lines ?? [];
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = sizes.at(-1) ?? 0;
  if (body <= 0 || largest < body * HEADLINE_SIZE_RATIO) return undefined;
  const start = lines.findIndex((line) => line.size === largest);
  if (start < 0 || start > MAX_LINES_BEFORE) return undefined;
  const block: string[] = [];
  for (const line of lines.slice(start, start + MAX_BLOCK_LINES + 1)) {
    if (line.size !== largest) break;
    block.push(line.text.trim());
  }
  const title = block.join(' ').trim();
  return block.length <= MAX_BLOCK_LINES &&
    title.length <= MAX_TITLE_CHARS &&
    HAS_LETTER.test(title)
    ? title
    : undefined;
};
