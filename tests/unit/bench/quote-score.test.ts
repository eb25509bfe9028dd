import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '#bench/eval/args.ts';
import { addCounts, type QuoteLabel, scoreQuotes } from '#bench/eval/quote-score.ts';

const LABELS: QuoteLabel[] = [
  { quote: 'We will reopen', speaker: 'Ana Ruiz', role: 'site manager' },
  { quote: 'Brief Encounter', speaker: null },
  { quote: 'Nobody told us', speaker: 'Tom Hale' },
];

describe('scoreQuotes', () => {
  it('credits a labelled speaker and a whole role phrase', () => {
    const counts = scoreQuotes('a', LABELS, {
      quotes: [{ text: 'We will reopen in May', speaker: 'Ana Ruiz', paragraph: 1 }],
      entities: [
        { kind: 'person', name: 'Ana Ruiz', aliases: [], roles: ['site manager'], mentions: 1 },
      ],
    });

    expect(counts).toMatchObject({ attributed: 1, correct: 1, labelledSpeakers: 2 });
    expect(counts).toMatchObject({ labelledRoles: 1, rolesFound: 1 });
  });

  it('counts a speaker given to a title against precision, and a cut role as missed', () => {
    const counts = scoreQuotes('a', LABELS, {
      quotes: [
        { text: 'Brief Encounter', speaker: 'Ana Ruiz', paragraph: 0 },
        { text: 'We will reopen', speaker: 'Tom Hale', paragraph: 1 },
      ],
      entities: [
        { kind: 'person', name: 'Ana Ruiz', aliases: [], roles: ['manager'], mentions: 1 },
      ],
    });

    expect(counts).toMatchObject({ attributed: 2, correct: 0, rolesFound: 0 });
    // Two wrong speakers, two labelled speakers missed, one role cut.
    expect(counts.misses).toHaveLength(5);
  });

  it('adds the counts of several articles', () => {
    const empty = { quotes: [], entities: [] };

    const total = addCounts([scoreQuotes('a', LABELS, empty), scoreQuotes('b', LABELS, empty)]);

    expect(total).toMatchObject({ attributed: 0, labelledSpeakers: 4, labelledRoles: 2 });
  });
});

describe('eval --only', () => {
  it('reads the one set to score', () => {
    expect(parseEvalArgs(['--only', 'quotes'], '/repo', '/cwd').only).toBe('quotes');
  });
});
