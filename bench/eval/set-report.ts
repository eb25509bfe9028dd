import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from './extractor.ts';
import type { FoldInput } from './fold-report.ts';
import { rejectionOf } from './record-view.ts';
import { formatRate, formatScore } from './table.ts';
import type { TimedRun } from './timed-run.ts';

/** One line of the results table. */
export interface MetricRow {
  metric: string;
  ours: string;
  target?: string;
  note?: string;
}

/** A page the extractor threw on or rejected: scored as an empty prediction. */
export interface Problem {
  id: string;
  what: string;
}

export interface Speed {
  pages: number;
  seconds: number;
  totalBytes: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
}

/** Everything one set contributes: table rows, problems, diagnosis lines and JSON. */
export interface SetReport {
  set: string;
  speed: Speed;
  rows: MetricRow[];
  problems: Problem[];
  diagnostics: string[];
  results: Record<string, unknown>;
  /** Each page's site and the set's metrics, for `--folds`; absent when folds mean nothing. */
  folds?: FoldInput;
}

export const speedOf = (run: TimedRun<unknown>): Speed => ({
  pages: run.outcomes.length,
  seconds: run.seconds,
  totalBytes: run.totalBytes,
  articlesPerSecond: run.articlesPerSecond,
  megabytesPerSecond: run.megabytesPerSecond,
});

/** Pages that threw (with the message) or yielded no ingested record (with the reason). */
export const problemsOf = (run: TimedRun<Extraction>): Problem[] =>
  run.outcomes.flatMap((o): Problem[] => {
    if (o.error !== undefined) return [{ id: o.id, what: `threw ${o.error}` }];
    const rejection = rejectionOf(o.result);
    return rejection === undefined ? [] : [{ id: o.id, what: rejection }];
  });

/** A rate as `0.912 (72/79)`. */
export const rateText = (score: { rate: number; hits: number; total: number }): string =>
  `${formatScore(score.rate)} (${score.hits}/${score.total})`;

/** The table cells of a set's speed, shown on its first row. */
export const speedCells = (speed: Speed): [string, string] => [
  formatRate(speed.articlesPerSecond),
  formatRate(speed.megabytesPerSecond),
];

/** Per-page extraction time and status, for finding slow or failing pages. */
export const writeExtractionTsv = (dir: string, set: string, run: TimedRun<Extraction>): void => {
  const problems = new Map(problemsOf(run).map((p) => [p.id, p.what]));
  const rows = run.outcomes.map((o) =>
    [o.id, o.ms.toFixed(2), problems.get(o.id) ?? 'ok'].join('\t'),
  );
  writeFileSync(join(dir, `${set}-extract.tsv`), `id\tms\tstatus\n${rows.join('\n')}\n`);
};
