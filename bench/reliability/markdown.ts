import type { Cell } from '../eval/table.ts';

const PIPE = /\|/g;
const LINE_BREAK = /\r?\n/g;
/** A rule cell has at least three dashes (`---`, `--:`). */
const MIN_WIDTH = 3;

const cellText = (cell: Cell): string =>
  cell === null || cell === undefined
    ? ''
    : String(cell).replace(PIPE, '\\|').replace(LINE_BREAK, ' ');

/**
 * A GitHub Markdown table, padded the way the repository's formatter (Biome) lays tables
 * out, so the written file passes `biome check`; `numeric` columns are right-aligned.
 */
export const markdownTable = (
  headers: readonly string[],
  rows: readonly Cell[][],
  numeric: readonly number[] = [],
): string => {
  const texts = [
    headers.map(cellText),
    ...rows.map((row) => headers.map((_, i) => cellText(row[i]))),
  ];
  const widths = headers.map((_, i) =>
    Math.max(MIN_WIDTH, ...texts.map((row) => (row[i] ?? '').length)),
  );
  const right = (i: number) => numeric.includes(i);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, i) => (right(i) ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = widths.map((width, i) =>
    right(i) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  const [head, ...body] = texts;
  return [line(head ?? []), `| ${rule.join(' | ')} |`, ...body.map(line)].join('\n');
};
