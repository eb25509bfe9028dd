import type { SetFolds } from './fold-report.ts';
import type { SetReport } from './set-report.ts';
import { speedCells } from './set-report.ts';
import { type Cell, renderTable } from './table.ts';

export const TABLE_HEADERS = [
  'set',
  'metric',
  'ours',
  'target',
  'baseline / note',
  'articles/s',
  'MB/s',
];

/** One table for all sets: a row per metric, the set's speed on its first row. */
export const tableRows = (reports: readonly SetReport[]): Cell[][] =>
  reports.flatMap((report) =>
    report.rows.map((row, i) => {
      const [articles, megabytes] = i === 0 ? speedCells(report.speed) : ['', ''];
      return [report.set, row.metric, row.ours, row.target, row.note, articles, megabytes];
    }),
  );

export const renderReport = (reports: readonly SetReport[]): string =>
  renderTable(TABLE_HEADERS, tableRows(reports));

/** Pages that threw or were rejected, per set, listed after the table. */
export const problemLines = (reports: readonly SetReport[]): string[] => {
  const lines = reports.flatMap((r) => r.problems.map((p) => `  ${r.set}  ${p.id}: ${p.what}`));
  return lines.length === 0
    ? ['No page threw or was rejected.']
    : [`Pages scored as empty (threw or rejected): ${lines.length}`, ...lines];
};

/** The JSON written by --json: per set, its rows, speed, detailed results and folds. */
export const reportJson = (
  reports: readonly SetReport[],
  meta: Record<string, unknown>,
  folds: readonly SetFolds[] = [],
) => ({
  ...meta,
  sets: Object.fromEntries(
    reports.map((r) => {
      const setFolds = folds.find((f) => f.set === r.set);
      return [
        r.set,
        {
          rows: r.rows,
          speed: r.speed,
          problems: r.problems,
          ...r.results,
          ...(setFolds ? { folds: setFolds } : {}),
        },
      ];
    }),
  ),
});
