import { describe, expect, it } from 'vitest';
import { median, percentile } from '#bench/bench/stats.ts';
import { perArticleMs } from '#bench/bench/throughput.ts';

describe('percentile', () => {
  it('picks a measured value by nearest rank, whatever the input order', () => {
    const values = [9, 1, 7, 3, 5, 2, 8, 4, 10, 6];

    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it('gives the only value of a one-element list for any percentile', () => {
    expect(percentile([42], 95)).toBe(42);
  });

  it('has no percentile for no values', () => {
    expect(percentile([], 50)).toBeUndefined();
  });
});

describe('median', () => {
  it('averages the middle pair of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the middle value of an odd count', () => {
    expect(median([30, 10, 20])).toBe(20);
  });

  it('has no median for no values', () => {
    expect(median([])).toBeUndefined();
  });
});

describe('perArticleMs', () => {
  it("drops each article's warm-up call and takes the median of the rest", () => {
    const calls = new Map([
      ['a', [90, 2, 3, 100]],
      ['b', [50]],
    ]);

    expect(perArticleMs(calls)).toEqual([3, 50]);
  });
});
