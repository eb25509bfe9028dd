import type { Block } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import { childrenNamed, firstNamed, type XmlElement, xmlAttr } from '../markup/index.ts';
import { tableBlock } from '../table-block.ts';
import { paragraphsOf, paragraphText } from './paragraphs.ts';

/**
 * A Word table (`w:tbl`) as a table block: each row (`w:tr`) its cells (`w:tc`), a cell's
 * paragraphs joined by spaces; the first row is a header when Word repeats it on every
 * page (`w:tblHeader`), the flag Word's "Header row" sets. Undefined for a table that
 * lays text out (see `table-block.ts`): the reader keeps its paragraphs as paragraphs.
 */
export const docxTable = (table: XmlElement): Block | undefined => {
  const rows = childrenNamed(table, 'tr');
  const cells = rows.map((row) => childrenNamed(row, 'tc'));
  spendWork(rows.length + cells.reduce((sum, row) => sum + row.length, 0), 'docx-table');
  const first = rows[0];
  if (first === undefined) return undefined;
  return tableBlock(
    cells.map((row) => row.map(cellText)),
    isHeaderRow(first),
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
