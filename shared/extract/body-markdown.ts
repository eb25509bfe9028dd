import type { Block, Section } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import { PLAIN_HEADING_LEVEL, QUOTE_PARAGRAPH_SEPARATOR } from '../formats/document.ts';

/**
 * The record's sections as CommonMark (+ GFM tables), one rendering for every format.
 * Text is plain text, so every character Markdown would read as markup is escaped: the
 * output never holds raw HTML, a link, an image, code or emphasis the text did not state
 * as a block. Only http(s) addresses a quote names become (autolinked) links.
 */
export const renderBodyMarkdown = (sections: readonly Section[]): string => {
  const out: string[] = [];
  for (const section of sections) {
    for (const block of sectionBlocks(section)) {
      const rendered = renderBlock(block);
      if (rendered !== '') out.push(rendered);
    }
  }
  spendWork(out.length, 'body-markdown');
  return out.join(BLOCK_SEPARATOR);
};

const BLOCK_SEPARATOR = '\n\n';

/** A section's blocks; a section without them is its heading and paragraphs. */
const sectionBlocks = (section: Section): readonly Block[] =>
  section.blocks ?? [
    ...(section.heading === null
      ? []
      : [{ type: 'heading' as const, level: PLAIN_HEADING_LEVEL, text: section.heading }]),
    ...section.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
  ];

const renderBlock = (block: Block): string => {
  switch (block.type) {
    case 'paragraph':
      return escapeLine(block.text);
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeLine(block.text).replace(CLOSING_HASHES, '\\$&')}`;
    case 'list':
      return block.items
        .map((item, at) => `${block.ordered ? `${at + 1}.` : '-'} ${escapeLine(item)}`)
        .join('\n');
    case 'table':
      return renderTableWithCaption(block.rows, block.header === true, block.caption);
    case 'quote':
      return renderQuote(block.text, block.cite);
    case 'figure':
      return renderFigure(block.caption, block.credit);
    default:
      return '';
  }
};

/**
 * A caption is an italic line before the table, a blank line apart: a GFM table right
 * after a line of text would take that line for its header row.
 */
const renderTableWithCaption = (
  rows: readonly string[][],
  header: boolean,
  caption: string | undefined,
): string => {
  const table = renderTable(rows, header);
  const text = caption === undefined ? '' : escapeLine(caption);
  return text === '' ? table : `*${text}*${BLOCK_SEPARATOR}${table}`;
};

/** GFM needs a header row: a table that states none gets an empty one. */
const renderTable = (rows: readonly string[][], header: boolean): string => {
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, at) => escapeLine(cells[at] ?? '')).join(' | ')} |`;
  const [first, ...rest] = rows;
  const head = header && first !== undefined ? first : [];
  const body = header ? rest : rows;
  const rule = `|${' --- |'.repeat(width)}`;
  return [line(head), rule, ...body.map(line)].join('\n');
};

const renderQuote = (text: string, cite: string | undefined): string => {
  const lines = text
    .split(QUOTE_PARAGRAPH_SEPARATOR)
    .map((paragraph) => `> ${escapeLine(paragraph)}`);
  if (cite !== undefined) lines.push(`> — ${autolink(cite)}`);
  return lines.join('\n>\n');
};

const renderFigure = (caption: string, credit: string | undefined): string =>
  `*${escapeLine(caption)}*${credit === undefined ? '' : ` (${escapeLine(credit)})`}`;

/**
 * An http(s) address as an autolink (`<https://...>`): the characters an autolink may
 * not hold are percent-encoded; any other address stays escaped text.
 */
const autolink = (address: string): string =>
  WEB_ADDRESS.test(address)
    ? `<${address.replace(NOT_IN_AUTOLINK, (char) => encodeURIComponent(char))}>`
    : escapeLine(address);

const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;
const NOT_IN_AUTOLINK = /[<>\s"'`\\]/g;

/**
 * Markdown's inline markup characters (CommonMark's backslash escapes): emphasis, code,
 * links and images, raw HTML and autolinks, GFM tables and strikethrough.
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~]/g;
/** `&amp;`, `&#60;`: a character reference would be decoded by a Markdown reader. */
const CHARACTER_REFERENCE = /&(?=#?[0-9A-Za-z]+;)/g;
/** What opens a block at a line's start: headings, list items, quotes, rules, fences. */
const LINE_START_BLOCK = /^(#|[-+=]|\d{1,9}(?=[.)]))/;
/** A heading's trailing `#`s would close it: escaping the first keeps them text. */
const CLOSING_HASHES = /(?<!\\)#+$/;
const DIGIT = /^\d/;
/** GFM links bare `https://...` and `www.` text: the `:` or `.` escaped, it stays text. */
const SCHEME_LINK = /\b([A-Za-z][\w+.-]*):(?=\/\/)/g;
const WWW_LINK = /\bwww\.(?=\S)/gi;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** One line of text with every Markdown markup character escaped. */
export const escapeLine = (text: string): string =>
  text
    .replace(LINE_BREAKS, ' ')
    .trim()
    .replace(INLINE_MARKUP, '\\$&')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(SCHEME_LINK, '$1\\:')
    .replace(WWW_LINK, (www) => `${www.slice(0, 3)}\\.`)
    .replace(LINE_START_BLOCK, (marker) => (DIGIT.test(marker) ? `${marker}\\` : `\\${marker}`));
