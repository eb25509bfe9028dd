import { describe, expect, it } from 'vitest';
import { clipPair, failureLines } from '#bench/eval/field-failures.ts';

describe('clipPair', () => {
  it('starts both values shortly before a difference that follows a long shared beginning', () => {
    const title = 'Why, despite the complaints of many, MLB players are actually not overpaid';

    const [gold, ours] = clipPair(title, `${title} - CBSSports.com`);

    expect(gold).toBe('...ly not overpaid');
    expect(ours).toBe('...ly not overpaid - CBSSports.com');
  });

  it('shows a missing value as (none) and cuts long values', () => {
    const [gold, ours] = clipPair(null, 'x'.repeat(100));

    expect(gold).toBe('(none)');
    expect(ours).toBe(`${'x'.repeat(57)}...`);
  });
});

describe('failureLines', () => {
  it('prints nothing when the field has no failures', () => {
    expect(failureLines('title', { hits: 1, total: 1, rate: 1, failures: [] })).toEqual([]);
  });

  it('prints a header and one line per failure, an empty ours shown as (none)', () => {
    const lines = failureLines('html-meta author', {
      hits: 0,
      total: 1,
      rate: 0,
      failures: [{ file: 'a.html', gold: 'Ann Lee', ours: '' }],
    });

    expect(lines).toEqual([
      'html-meta author failures (1: 1 missing):',
      '  a.html: gold "Ann Lee"  ours "(none)"',
    ]);
  });
});
