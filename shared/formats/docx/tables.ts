import type { Block } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import { childrenNamed, firstNamed, type XmlElement, xmlAttr } from '../markup/index.ts';
import { tableBlock } from '../table-block.ts';
import { type BodyPart, paragraphsOf, paragraphText, styleOf } from './paragraphs.ts';

/** Word's `Caption` paragraph style, by its id in English and German Word. */
const CAPTION_STYLE = /^(?:caption|beschriftung)$/;

/** The data tables of a body's parts, by part index, and the parts that are their captions. */
export interface BodyTables {
  tables: Map<number, Block>;
  captions: Set<number>;
}

/**
 * Each data table among `parts` with its caption: a `Caption` paragraph directly before
 * it (where Word's Insert Caption puts a table's by default), else directly after it. A
 * caption paragraph between two tables is the second one's.
 */
export const bodyTables = (parts: readonly BodyPart[]): BodyTables => {
  spendWork(parts.length, 'docx-table');
  const tableAts = parts.flatMap((part, at) => (part.kind === 'table' ? [at] : []));
  const captionOf = new Map<number, number>();
  const assigned = new Set<number>();
  for (const offset of [-1, 1]) {
    for (const at of tableAts) {
      const near = at + offset;
      if (captionOf.has(at) || assigned.has(near) || !isCaption(parts[near])) continue;
      captionOf.set(at, near);
      assigned.add(near);
    }
  }
  const found: BodyTables = { tables: new Map(), captions: new Set() };
  for (const at of tableAts) {
    const captionAt = captionOf.get(at);
    const caption = captionAt === undefined ? undefined : parts[captionAt];
    const table = parts[at];
    const block = table && docxTable(table.element, caption && paragraphText(caption.element));
    if (block === undefined) continue;
    found.tables.set(at, block);
    if (captionAt !== undefined) found.captions.add(captionAt);
  }
  return found;
};

const isCaption = (part: BodyPart | undefined): boolean =>
  part?.kind === 'paragraph' && CAPTION_STYLE.test(styleOf(part.element));

/**
 * A Word table (`w:tbl`) as a table block: each row (`w:tr`) its cells (`w:tc`), a cell's
 * paragraphs joined by spaces; the first row is a header when Word repeats it on every
 * page (`w:tblHeader`), the flag Word's "Header row" sets. Undefined for a table that
 * lays text out (see `table-block.ts`): the reader keeps its paragraphs as paragraphs.
 */
export const docxTable = (table: XmlElement, caption?: string): Block | undefined => {
  const rows = childrenNamed(table, 'tr');
  const cells = rows.map((row) => childrenNamed(row, 'tc'));
  spendWork(rows.length + cells.reduce((sum, row) => sum + row.length, 0), 'docx-table');
  const first = rows[0];
  if (first === undefined) return undefined;
  return tableBlock(
    cells.map((row) => row.map(cellText)),
    isHeaderRow(first),
    caption,
  );
};

const cellText = (cell: XmlElement): string =>
  paragraphsOf(cell).map(paragraphText).filter(Boolean).join(' ');

/** `<w:tblHeader/>` in the row's properties, unless set off (`w:val="0"` / `"false"`). */
const isHeaderRow = (row: XmlElement): boolean => {
  const properties = childrenNamed(row, 'trpr')[0];
  const flag = properties && firstNamed(properties, 'tblheader');
  if (flag === undefined) return false;
  const value = xmlAttr(flag, 'val')?.toLowerCase();
  return value !== '0' && value !== 'false' && value !== 'off';
};
