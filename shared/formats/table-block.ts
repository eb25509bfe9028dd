import type { Block } from '../domain/record.ts';

/**
 * A table read from an XML format (a Word table, an NITF or XHTML `<table>`) as the
 * typed block HTML data tables become, or undefined when the grid lays text out rather
 * than holding data: a one-cell box, or a cell long enough to hold a story (the HTML
 * body's rule), whose paragraphs the reader keeps as paragraphs instead.
 */

/** A cell holding this much text holds a story, not a datum (as for HTML tables). */
export const MAX_DATA_CELL_CHARS = 400;

type TableBlock = Extract<Block, { type: 'table' }>;

export const tableBlock = (
  rows: readonly string[][],
  header: boolean,
  caption?: string,
): TableBlock | undefined => {
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ''));
  const cellCount = filled.reduce((sum, cells) => sum + cells.length, 0);
  if (cellCount < 2) return undefined;
  if (filled.some((cells) => cells.some((cell) => cell.length > MAX_DATA_CELL_CHARS))) {
    return undefined;
  }
  const kept = filled.map((cells) => [...cells]);
  const table: TableBlock =
    header && filled[0] === rows[0]
      ? { type: 'table', rows: kept, header: true }
      : { type: 'table', rows: kept };
  return withCaption(table, caption);
};

const SPACES = /\s+/g;

/** The table with its caption, whitespace collapsed; an empty caption is none. */
export const withCaption = (table: TableBlock, caption: string | undefined): TableBlock => {
  const text = caption?.replace(SPACES, ' ').trim() ?? '';
  return text === '' ? table : { ...table, caption: text };
};
