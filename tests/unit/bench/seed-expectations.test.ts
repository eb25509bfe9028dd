import { describe, expect, it } from 'vitest';
import { checkSeed } from '#bench/eval/seed-expectations.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';

const paragraphs = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i}.`);

/** A record shaped like a good reading of the seed, with made-up text. */
const goodRecord = (): IngestedRecord =>
  ({
    status: 'ingested',
    title: 'A derived title',
    titleSource: 'derived',
    authors: [],
    publishedDate: '2025-11-05',
    language: 'en',
    lede: 'Lede 0.',
    sections: [
      { heading: null, paragraphs: paragraphs(3, 'Lede') },
      { heading: 'No progress in resuming flights', paragraphs: paragraphs(2, 'Flights') },
      { heading: 'Moves that exacerbate tension', paragraphs: paragraphs(6, 'Tension') },
    ],
    paragraphCount: 11,
    wordCount: 431,
  }) as unknown as IngestedRecord;

const verdicts = (record: IngestedRecord | undefined) =>
  Object.fromEntries(checkSeed(record).map((r) => [r.field, r.verdict]));

describe('checkSeed', () => {
  it('passes the layout fields of a good record and marks absent annotations not extracted', () => {
    const result = verdicts(goodRecord());

    expect(result).toMatchObject({
      publishedDate: 'pass',
      language: 'pass',
      titleSource: 'pass',
      paragraphCount: 'pass',
      sections: 'pass',
      lede: 'pass',
      wordCount: 'pass',
      quotes: 'not extracted yet',
      temporalRefs: 'not extracted yet',
    });
  });

  it('fails a lede that still carries the date header and a word count off by more than 10%', () => {
    const record = { ...goodRecord(), lede: ' date 2025-11-05 Lede 0.', wordCount: 300 };

    expect(verdicts(record)).toMatchObject({ lede: 'fail', wordCount: 'fail' });
  });

  it('checks entities by kind and flags a month or a bare surname as an entity', () => {
    const person = (name: string) => ({
      kind: 'person',
      name,
      aliases: [],
      roles: [],
      mentions: 1,
    });
    const place = (name: string) => ({ kind: 'place', name, aliases: [], roles: [], mentions: 1 });
    const entities = [
      ...['Sergey Ryabkov', 'Vladimir Putin', 'Donald Trump', 'Maria Zakharova'].map(person),
      person('Ryabkov'),
      ...['Budapest', 'Alaska', 'Russia', 'United States', 'Venezuela', 'Caribbean'].map(place),
      place('August'),
      person('Moscow'),
    ];

    const results = checkSeed({ ...goodRecord(), entities } as unknown as IngestedRecord);

    expect(results.find((r) => r.field === 'entities (people)')).toMatchObject({
      verdict: 'fail',
      ours: 'missing Nicolas Maduro; has August; has Ryabkov',
    });
    expect(results.find((r) => r.field === 'entities (places)')).toMatchObject({
      verdict: 'fail',
      ours: 'missing Moscow; has August; has Ryabkov',
    });
  });

  it('checks quote speakers, temporal values and sources by their fields', () => {
    const record = {
      ...goodRecord(),
      quotes: [
        { text: 'one two three four', speaker: 'Sergey Ryabkov', paragraph: 7 },
        { text: 'scare', speaker: 'Russian Foreign Ministry', paragraph: 8 },
        { text: 'five six seven eight', paragraph: 9 },
      ],
      temporalRefs: ['2025-11-05', '2025-10', '2025-08', '2025-11-01', '2025-05'].map((value) => ({
        text: 'x',
        value,
        granularity: 'day',
      })),
      sourcesCited: ['TASS'],
    } as unknown as IngestedRecord;

    expect(verdicts(record)).toMatchObject({
      quotes: 'fail',
      temporalRefs: 'pass',
      sourcesCited: 'pass',
    });
    expect(checkSeed(record).find((r) => r.field === 'quotes')?.ours).toBe(
      'missing Maria Zakharova',
    );
  });

  it('fails every field when there is no record', () => {
    expect(new Set(Object.values(verdicts(undefined)))).toEqual(new Set(['fail']));
  });
});
