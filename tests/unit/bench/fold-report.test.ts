import { describe, expect, it } from 'vitest';
import { macroF1, parsePageCells } from '#bench/eval/body-pages.ts';
import type { FieldCase } from '#bench/eval/field-score.ts';
import { foldSet, rateMetric, renderFolds, spreadOf } from '#bench/eval/fold-report.ts';

const hit = (file: string, match: boolean): FieldCase => ({ file, gold: 'g', ours: 'o', match });

describe('spreadOf', () => {
  it('gives min, max and the population standard deviation, ignoring NaN', () => {
    const spread = spreadOf([0.5, 1, Number.NaN]);

    expect(spread.min).toBe(0.5);
    expect(spread.max).toBe(1);
    expect(spread.std).toBeCloseTo(0.25, 10);
  });

  it('is NaN with no finite value', () => {
    expect(Number.isNaN(spreadOf([]).std)).toBe(true);
  });
});

describe('foldSet', () => {
  const sites = new Map([
    ['p1', 'one.example'],
    ['p2', 'one.example'],
    ['p3', 'two.example'],
    ['p4', 'three.example'],
  ]);
  const cases = [hit('p1', true), hit('p2', true), hit('p3', false), hit('p4', true)];

  it('scores each fold on its own pages and the whole set on all of them', () => {
    const folds = foldSet('set', { sites, metrics: [rateMetric('m', cases)] }, 2);
    const metric = folds.metrics[0];

    expect(folds.pages).toEqual([2, 2]);
    expect(folds.sites).toEqual([1, 2]);
    expect(metric?.all).toEqual({ score: 0.75, pages: 4 });
    expect(metric?.folds).toEqual([
      { score: 1, pages: 2 },
      { score: 0.5, pages: 2 },
    ]);
    expect(metric?.min).toBe(0.5);
    expect(metric?.std).toBeCloseTo(0.25, 10);
  });

  it('counts only the pages that assert a metric, a fold with none scoring NaN', () => {
    const only = rateMetric('m', [hit('p3', true)]);
    const folds = foldSet('set', { sites, metrics: [only] }, 2);

    expect(folds.metrics[0]?.folds.map((f) => f.pages)).toEqual([0, 1]);
    expect(folds.metrics[0]?.std).toBe(0);
  });

  it('renders one row of sizes and one row per metric', () => {
    const text = renderFolds([foldSet('set', { sites, metrics: [rateMetric('m', cases)] }, 2)]);

    expect(text).toContain('fold 2');
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toMatch(/set\s+m\s+0\.750\s+1\.000\s+0\.500\s+0\.500\s+1\.000\s+0\.250/u);
  });
});

describe('macroF1', () => {
  it('averages precision over predicted pages and recall over gold pages, as the scorer does', () => {
    const tsv = [
      'id\ttp\tfp\tfn\tprecision\trecall\texact',
      'a\t1\t0\t0\t1\t1\t1',
      'b\t0\t0\t1\t\t0\t0',
      'c\t0.5\t0.5\t0\t0.5\t1\t0',
    ].join('\n');
    const cells = parsePageCells(tsv);

    expect(cells[1]).toEqual({ id: 'b', precision: null, recall: 0 });
    // P = (1 + 0.5) / 2 = 0.75 (b has no prediction); R = (1 + 0 + 1) / 3.
    const p = 0.75;
    const r = 2 / 3;
    expect(macroF1(cells)).toBeCloseTo((2 * p * r) / (p + r), 10);
  });
});
