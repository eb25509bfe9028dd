import { describe, expect, it } from 'vitest';
import { earliestOriginal } from '#shared/pipeline/original.ts';

describe('earliestOriginal', () => {
  it('picks the earliest ingested other record that is not itself a duplicate', () => {
    const candidates = [
      { articleId: 'self', ingestedAt: '2025-01-01T00:00:00Z' },
      { articleId: 'copy', ingestedAt: '2025-01-02T00:00:00Z', duplicateOf: 'b' },
      { articleId: 'b', ingestedAt: '2025-01-03T00:00:00Z' },
      { articleId: 'c', ingestedAt: '2025-01-04T00:00:00Z' },
    ];

    expect(earliestOriginal(candidates, 'self')).toBe('b');
  });

  it('breaks a tie in time by the smaller id, and finds none among only copies', () => {
    const at = '2025-01-01T00:00:00Z';

    expect(
      earliestOriginal(
        [
          { articleId: 'z', ingestedAt: at },
          { articleId: 'a', ingestedAt: at },
        ],
        'x',
      ),
    ).toBe('a');
    expect(
      earliestOriginal([{ articleId: 'y', ingestedAt: at, duplicateOf: 'x' }], 'x'),
    ).toBeUndefined();
  });
});
