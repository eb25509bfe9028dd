import { collapseSpaces } from '../../text/whitespace.ts';

/**
 * Plain-text layout: blocks are runs of non-blank lines; a block is one hard-wrapped
 * paragraph, or (when its lines are long, or bullets) one paragraph per line.
 */
export interface TextUnit {
  text: string;
  /** Written on one line of its own: only such units can be headings. */
  singleLine: boolean;
  /** An item of a bulleted (`-`, `*`, `•`) or numbered (`1.`, `2)`) list. */
  list?: 'bulleted' | 'numbered';
}

/**
 * Longest line that still looks hard-wrapped. Wrapping tools cut at 72-80 columns;
 * a longer line is a paragraph written on one line.
 */
const MAX_WRAPPED_LINE_CHARS = 100;
const BLANK_LINE = /^[ \t]*$/;
const BULLET = /^(?:[-*•‣◦]|\d{1,3}[.)])\s+/;
const NUMBERED = /^\d/;
/** `exam-` at a line end with a lower-case continuation: a word split by the wrap. */
const WRAP_HYPHEN = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;

/** Splits text into blocks of trimmed, non-blank lines. */
export const splitBlocks = (text: string): string[][] => {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (BLANK_LINE.test(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
};

/** One block -> the units (paragraph candidates) it holds. */
export const blockUnits = (lines: readonly string[]): TextUnit[] => {
  if (lines.length === 1) return [{ text: collapseSpaces(lines[0] ?? ''), singleLine: true }];
  if (lines.every((line) => BULLET.test(line))) {
    const list = NUMBERED.test(lines[0] ?? '') ? 'numbered' : 'bulleted';
    return lines.map((line) => ({
      text: collapseSpaces(line.replace(BULLET, '')),
      singleLine: true,
      list,
    }));
  }
  if (isOnePerLine(lines)) {
    return lines.map((line) => ({ text: collapseSpaces(line), singleLine: true }));
  }
  return [{ text: joinWrapped(lines), singleLine: false }];
};

const isOnePerLine = (lines: readonly string[]): boolean =>
  lines.slice(0, -1).some((line) => line.length > MAX_WRAPPED_LINE_CHARS);

const joinWrapped = (lines: readonly string[]): string => {
  let joined = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const splitWord = WRAP_HYPHEN.test(lines[i - 1] ?? '') && LOWER_START.test(line);
    joined += splitWord ? line : ` ${line}`;
  }
  return collapseSpaces(joined);
};

/** Prose ends in punctuation (or a closing quote or bracket); headings do not. */
export const PROSE_END = /[.,;:!?…"”’')\]]$/;
/** A headline may ask a question. */
export const HEADLINE_PROSE_END = /[.,;:!…"”’')\]]$/;
const HEADING_START = /^[\p{Lu}\p{N}]/u;

export const isShortLine = (line: string, maxWords: number, maxChars: number, proseEnd: RegExp) =>
  line.length <= maxChars &&
  HEADING_START.test(line) &&
  !proseEnd.test(line) &&
  line.split(' ').length <= maxWords;
