import { describe, expect, it } from 'vitest';
import { failureKind, summariseFailures } from '#bench/eval/failure-kinds.ts';

const failure = (gold: string | null, ours: string) => ({ file: 'f.html', gold, ours });

describe('failureKind', () => {
  it('tells a missing value from one found where the gold has none', () => {
    expect(failureKind(failure('Ann Lee', ''))).toBe('missing');
    expect(failureKind(failure(null, '2019-01-01'))).toBe('unexpected');
  });

  it('spots a day one off, as a time zone shift gives', () => {
    expect(failureKind(failure('2023-11-08', '2023-11-09'))).toBe('off by one day');
    expect(failureKind(failure('2023-11-08', '2023-11-10'))).toBe('different');
  });

  it('spots a title with a site name added or a part cut off', () => {
    expect(failureKind(failure('Seven trends', 'Seven trends - CNET'))).toBe('gold plus more');
    expect(failureKind(failure('Genetik: Das Geheimnis', 'Das Geheimnis'))).toBe('part of gold');
  });
});

describe('summariseFailures', () => {
  it('counts each kind, commonest first', () => {
    const summary = summariseFailures([
      failure('A', ''),
      failure('B', 'B - Site'),
      failure('C', ''),
    ]);

    expect(summary).toBe('2 missing, 1 gold plus more');
  });
});
