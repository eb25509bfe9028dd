import type { Cell } from '../eval/table.ts';

const PIPE = /\|/g;
const LINE_BREAK = /\r?\n/g;

const cellText = (cell: Cell): string =>
  cell === null || cell === undefined
    ? ''
    : String(cell).replace(PIPE, '\\|').replace(LINE_BREAK, ' ');

/** A GitHub Markdown table; `numeric` columns are right-aligned. */
export const markdownTable = (
  headers: readonly string[],
  rows: readonly Cell[][],
  numeric: readonly number[] = [],
): string => {
  const rule = headers.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  const line = (cells: readonly Cell[]) =>
    `| ${headers.map((_, i) => cellText(cells[i])).join(' | ')} |`;
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
};
