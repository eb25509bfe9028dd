import { activeLimits, spendWork } from '../../domain/work-budget.ts';
import { emptyDocument, type ParsedDocument, withTypedBlocksOnly } from '../document.ts';
import { requireMarked } from '../lazy-libraries.cjs';
import { TooDeepError, TooLargeInputError } from '../too-deep.ts';
import { readBlocks } from './blocks.ts';
import { splitFrontMatter } from './front-matter.ts';

/**
 * Markdown with optional YAML front matter, read with marked's lexer (fast, CommonMark +
 * GFM). Headings become section headings (a leading `#` heading is the title), inline
 * markup is reduced to its text; lists, block quotes and tables become typed blocks, and
 * each list item, quoted paragraph and table row is a paragraph. Code blocks, images and
 * raw HTML blocks are not article prose and are skipped.
 */
export const parseMarkdown = (text: string): ParsedDocument => {
  const { fields, body } = splitFrontMatter(text);
  checkLexerInput(body);
  checkNesting(body);
  const doc: ParsedDocument = { ...emptyDocument('markdown'), ...withoutUndefined(fields ?? {}) };
  readBlocks(requireMarked().lexer(body), doc);
  doc.sections = doc.sections
    .filter((s) => s.heading !== null || s.paragraphs.length > 0)
    .map(withTypedBlocksOnly);
  return doc;
};

/** The lexer cannot be interrupted: what it is given must fit the file's time and memory. */
const checkLexerInput = (body: string): void => {
  const { maxMarkdownChars } = activeLimits();
  if (body.length > maxMarkdownChars) {
    throw new TooLargeInputError(
      `The Markdown text is ${body.length} characters; the limit is ${maxMarkdownChars}.`,
    );
  }
};

/**
 * Nesting the lexer is given. marked recurses once per container level (a few thousand
 * `>` or `- ` on one line overflow the stack) and re-reads a line's text once per level
 * (50,000 `- ` took 8 s before overflowing); articles quote and indent a few levels.
 */
const MAX_CONTAINER_MARKERS = 16;
/** Whitespace columns before a line's text: 32 list levels, far past any article. */
const MAX_INDENT_COLUMNS = 64;
const TAB_COLUMNS = 4;
/** Digits an ordered-list marker may have (CommonMark). */
const MAX_ORDINAL_DIGITS = 9;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const QUOTE_MARK = 0x3e;
const BULLETS = new Set([0x2d, 0x2b, 0x2a]);
const ORDINAL_ENDS = new Set([0x2e, 0x29]);

/**
 * One linear pass over the body before the lexer sees it: each line's container prefix
 * (quote marks, list markers, the whitespace among them) is measured, and a line deeper
 * than the limits (the markers also within `maxNestingDepth`) makes the file `too-deep`.
 * Each line is charged to the work budget once per level the lexer will read it at.
 */
const checkNesting = (body: string): void => {
  const maxMarkers = Math.min(MAX_CONTAINER_MARKERS, activeLimits().maxNestingDepth);
  let work = 0;
  for (let start = 0; start <= body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const { markers, columns } = linePrefix(body, start, end);
    const tooDeep = depthProblem(markers, columns, maxMarkers);
    if (tooDeep && !THEMATIC_BREAK.test(body.slice(start, end))) {
      throw new TooDeepError(`The Markdown ${tooDeep}.`);
    }
    work += (end - start + 1) * (1 + markers);
    start = end + 1;
  }
  spendWork(work, 'markdown');
};

const depthProblem = (markers: number, columns: number, maxMarkers: number) => {
  if (markers > maxMarkers) return `nests lists and quotes deeper than ${maxMarkers} levels`;
  if (columns > MAX_INDENT_COLUMNS)
    return `indents lines deeper than ${MAX_INDENT_COLUMNS} columns`;
  return undefined;
};

/** A line's container markers and the whitespace columns before and among them. */
const linePrefix = (text: string, start: number, end: number) => {
  let markers = 0;
  let columns = 0;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      columns += c === TAB ? TAB_COLUMNS : 1;
      i++;
      continue;
    }
    const after = markerEnd(text, i, end);
    if (after === undefined) break;
    markers++;
    i = after;
  }
  return { markers, columns };
};

/** Where a quote mark or list marker starting at `at` ends; undefined when none does. */
const markerEnd = (text: string, at: number, end: number): number | undefined => {
  const c = text.charCodeAt(at);
  if (c === QUOTE_MARK) return at + 1;
  let i = at;
  if (BULLETS.has(c)) i++;
  else {
    while (i < end && i - at < MAX_ORDINAL_DIGITS && isDigit(text.charCodeAt(i))) i++;
    if (i === at || !ORDINAL_ENDS.has(text.charCodeAt(i))) return undefined;
    i++;
  }
  const next = i < end ? text.charCodeAt(i) : NEWLINE;
  return next === SPACE || next === TAB || next === NEWLINE ? i : undefined;
};

/** `- - - -` (inside quotes or not) is a rule, not nested lists: the lexer reads it flat. */
const THEMATIC_BREAK = /^[ \t]*(?:>[ \t]*)*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const withoutUndefined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
