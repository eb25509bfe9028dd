/**
 * `--folds N`: each development set's scores per site fold and their spread, so a rule
 * that fits some sites and not others shows as a wide spread rather than hiding in the
 * mean (see site-folds.ts for the split).
 */
import type { FieldCase } from './field-score.ts';
import { assignFolds } from './site-folds.ts';
import { type Cell, formatScore, renderTable } from './table.ts';

/** A metric's score over a subset of the set's pages, and how many pages counted. */
export interface FoldScore {
  score: number;
  pages: number;
}

export interface FoldableMetric {
  metric: string;
  scoreOf: (ids: ReadonlySet<string>) => FoldScore;
}

/** What a set hands over for folding: each page's site, and its metrics. */
export interface FoldInput {
  sites: ReadonlyMap<string, string>;
  metrics: readonly FoldableMetric[];
}

export interface Spread {
  min: number;
  max: number;
  std: number;
}

export interface MetricFolds extends Spread {
  metric: string;
  all: FoldScore;
  folds: FoldScore[];
}

export interface SetFolds {
  set: string;
  count: number;
  /** Pages and sites per fold. */
  pages: number[];
  sites: number[];
  metrics: MetricFolds[];
}

/** Min, max and population standard deviation of the finite values (NaN with none). */
export const spreadOf = (values: readonly number[]): Spread => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: Number.NaN, max: Number.NaN, std: Number.NaN };
  const mean = finite.reduce((sum, v) => sum + v, 0) / finite.length;
  const variance = finite.reduce((sum, v) => sum + (v - mean) ** 2, 0) / finite.length;
  return { min: Math.min(...finite), max: Math.max(...finite), std: Math.sqrt(variance) };
};

/** A rate metric (hits over cases) scored on any subset of pages. */
export const rateMetric = (metric: string, cases: readonly FieldCase[]): FoldableMetric => ({
  metric,
  scoreOf: (ids) => {
    const inside = cases.filter((c) => ids.has(c.file));
    const hits = inside.filter((c) => c.match).length;
    return { score: inside.length > 0 ? hits / inside.length : Number.NaN, pages: inside.length };
  },
});

/** Scores every metric of one set on each of `count` site folds. */
export const foldSet = (set: string, input: FoldInput, count: number): SetFolds => {
  const assigned = assignFolds(input.sites, count);
  const members = Array.from({ length: count }, () => new Set<string>());
  const siteSets = Array.from({ length: count }, () => new Set<string>());
  for (const [id, fold] of assigned) {
    members[fold]?.add(id);
    siteSets[fold]?.add(input.sites.get(id) ?? id);
  }
  const everyPage = new Set(input.sites.keys());
  return {
    set,
    count,
    pages: members.map((m) => m.size),
    sites: siteSets.map((s) => s.size),
    metrics: input.metrics.map((m) => {
      const folds = members.map((ids) => m.scoreOf(ids));
      return {
        metric: m.metric,
        all: m.scoreOf(everyPage),
        folds,
        ...spreadOf(folds.map((f) => f.score)),
      };
    }),
  };
};

/** One row per set and metric: the whole set, each fold, then min, max and std. */
export const renderFolds = (sets: readonly SetFolds[]): string => {
  const count = Math.max(0, ...sets.map((s) => s.count));
  const headers = [
    'set',
    'metric',
    'all',
    ...Array.from({ length: count }, (_, i) => `fold ${i + 1}`),
    'min',
    'max',
    'std',
  ];
  const rows: Cell[][] = sets.flatMap((s) => [
    [
      s.set,
      'pages / sites',
      s.pages.reduce((a, b) => a + b, 0),
      ...s.pages.map((p, i) => `${p}/${s.sites[i]}`),
    ],
    ...s.metrics.map((m) => [
      s.set,
      m.metric,
      formatScore(m.all.score),
      ...m.folds.map((f) => formatScore(f.score)),
      formatScore(m.min),
      formatScore(m.max),
      formatScore(m.std),
    ]),
  ]);
  return renderTable(headers, rows);
};
