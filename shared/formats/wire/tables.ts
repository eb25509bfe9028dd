import type { Block } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import {
  childrenNamed,
  isXmlElement,
  localName,
  type XmlElement,
  xmlText,
} from '../markup/index.ts';
import { tableBlock } from '../table-block.ts';

/**
 * A wire body's `<table>` (NITF's, an XHTML body's): its rows (`<tr>` directly or in
 * `<thead>`/`<tbody>`/`<tfoot>`), their `<th>`/`<td>` cells as text; the first row is a
 * header when it sits in `<thead>` or holds only `<th>`; its `<caption>` (both NITF and
 * XHTML tables have HTML's) as the caption. Undefined for a table that lays text out (see
 * `table-block.ts`): its paragraphs are read as the body's.
 */
export const wireTable = (table: XmlElement): Block | undefined => {
  const groups = childrenNamed(table, 'thead', 'tbody', 'tfoot');
  const rows = [table, ...groups].flatMap((parent) => childrenNamed(parent, 'tr'));
  spendWork(table.children.length + rows.length, 'wire-table');
  const first = rows[0];
  if (first === undefined) return undefined;
  const cells = rows.map((row) => row.children.filter(isCell));
  const firstCells = cells[0] ?? [];
  const header =
    inHead(first) || (firstCells.length > 0 && firstCells.every((c) => localName(c) === 'th'));
  const caption = childrenNamed(table, 'caption')[0];
  return tableBlock(
    cells.map((row) => row.map((cell) => xmlText(cell))),
    header,
    caption === undefined ? undefined : xmlText(caption),
  );
};

const CELLS = new Set(['td', 'th']);

const isCell = (node: XmlElement['children'][number]): node is XmlElement =>
  isXmlElement(node) && CELLS.has(localName(node));

const inHead = (row: XmlElement): boolean =>
  row.parent !== null && isXmlElement(row.parent) && localName(row.parent) === 'thead';
