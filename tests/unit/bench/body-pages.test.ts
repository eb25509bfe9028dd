import { describe, expect, it } from 'vitest';
import { parsePageScores, worstPages } from '#bench/eval/body-pages.ts';

const TSV = [
  'id\ttp\tfp\tfn\tprecision\trecall\texact',
  'good\t0.9\t0.05\t0.05\t0.9473\t0.9473\t0',
  'empty\t0\t0\t1\t\t0\t0',
  'half\t0.5\t0\t0.5\t1\t0.5\t0',
  '',
].join('\n');

describe('parsePageScores', () => {
  it('reads precision and recall and derives the page F1, an empty cell counting 0', () => {
    const pages = parsePageScores(TSV);

    expect(pages.map((p) => p.id)).toEqual(['good', 'empty', 'half']);
    expect(pages[1]).toEqual({ id: 'empty', precision: 0, recall: 0, f1: 0 });
    expect(pages[2]?.f1).toBeCloseTo(2 / 3, 6);
  });
});

describe('worstPages', () => {
  it('lists the lowest F1 first and keeps only the requested count', () => {
    const worst = worstPages(parsePageScores(TSV), 2);

    expect(worst.map((p) => p.id)).toEqual(['empty', 'half']);
  });
});
