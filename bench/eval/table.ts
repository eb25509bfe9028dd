/** Plain-text table rendering for the eval report: one header, aligned columns. */

export type Cell = string | number | null | undefined;

/** Decimal places for scores: three is the precision the published baselines use. */
const SCORE_DECIMALS = 3;
/** Decimal places for throughput figures. */
const RATE_DECIMALS = 1;

export const formatScore = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? '-'
    : value.toFixed(SCORE_DECIMALS);

export const formatRate = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? ''
    : value.toFixed(RATE_DECIMALS);

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

/** A cell with a digit and no letters, such as `0.943`, `>= 0.95` or `12.5`. */
const NUMBERISH = /^[^\p{L}]*\d[^\p{L}]*$/u;
const PLACEHOLDER = /^-?$/u;

const isNumberish = (cell: Cell): boolean => {
  const text = cellText(cell);
  return PLACEHOLDER.test(text) || NUMBERISH.test(text);
};

/** Numbers right-aligned, text left-aligned, columns separated by two spaces. */
export const renderTable = (headers: readonly string[], rows: readonly Cell[][]): string => {
  const texts = [
    headers.map(String),
    ...rows.map((row) => headers.map((_, i) => cellText(row[i]))),
  ];
  const widths = headers.map((_, i) => Math.max(...texts.map((row) => (row[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((row) => isNumberish(row[i])),
  );
  const line = (row: readonly string[]) =>
    row
      .map((text, i) => (numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = texts;
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
};
