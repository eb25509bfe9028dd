import { describe, expect, it } from 'vitest';
import { formatRate, formatScore, renderTable } from '#bench/eval/table.ts';

describe('renderTable', () => {
  it('aligns text columns left and number columns right, header included', () => {
    const table = renderTable(
      ['set', 'ours', 'MB/s'],
      [
        ['html-body', '0.889', 8.6],
        ['seed', '0.9 (7/9)', 12.25],
      ],
    );

    expect(table.split('\n')).toEqual([
      'set             ours   MB/s',
      '---------  ---------  -----',
      'html-body      0.889    8.6',
      'seed       0.9 (7/9)  12.25',
    ]);
  });

  it('left-aligns a column that holds words and leaves missing cells blank', () => {
    const table = renderTable(
      ['metric', 'ours'],
      [
        ['title', 'pass'],
        ['date', undefined],
      ],
    );

    expect(table.split('\n')).toEqual(['metric  ours', '------  ----', 'title   pass', 'date']);
  });
});

describe('formatScore and formatRate', () => {
  it('prints three decimals for scores and a dash for a missing one', () => {
    expect(formatScore(0.94349)).toBe('0.943');
    expect(formatScore(Number.NaN)).toBe('-');
    expect(formatScore(undefined)).toBe('-');
  });

  it('prints one decimal for rates and nothing for an infinite one', () => {
    expect(formatRate(44.84)).toBe('44.8');
    expect(formatRate(Number.POSITIVE_INFINITY)).toBe('');
  });
});
