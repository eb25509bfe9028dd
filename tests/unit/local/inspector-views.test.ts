import { describe, expect, it } from 'vitest';
import { annotatedSegments } from '#local/inspector/annotated-segments.ts';
import { eventTimeOf, minuteStats } from '#local/inspector/throughput.ts';
import type { ArticleRecord, IngestedRecord } from '#shared/domain/record.ts';

const BODY =
  '"We open the bridge on Tuesday," said Anna Keller. Keller met Kellerman in Lindenfeld.';

const article = (fields: Partial<IngestedRecord>): IngestedRecord =>
  ({
    status: 'ingested',
    body: BODY,
    entities: [
      { kind: 'person', name: 'Anna Keller', aliases: ['Keller'], roles: [], mentions: 2 },
      { kind: 'place', name: 'Lindenfeld', aliases: [], roles: [], mentions: 1 },
    ],
    quotes: [{ text: 'We open the bridge on Tuesday', speaker: 'Anna Keller', paragraph: 0 }],
    temporalRefs: [{ text: 'on Tuesday', value: '2025-11-04', granularity: 'day' }],
    ...fields,
  }) as IngestedRecord;

const marked = (record: IngestedRecord) =>
  annotatedSegments(record)
    .filter((segment) => segment.kinds)
    .map((segment) => [segment.text, segment.kinds?.join('+')]);

describe('annotatedSegments', () => {
  it('cuts the body at quotes, names and dates, a date inside a quote in both', () => {
    expect(marked(article({}))).toEqual([
      ['We open the bridge ', 'quote'],
      ['on Tuesday', 'quote+date'],
      ['Anna Keller', 'person'],
      ['Keller', 'person'],
      ['Lindenfeld', 'place'],
    ]);
  });

  it('keeps the whole text, in order, across the segments', () => {
    expect(
      annotatedSegments(article({}))
        .map((segment) => segment.text)
        .join(''),
    ).toBe(BODY);
  });

  it('marks a name only as a whole word (Keller, not inside Kellerman)', () => {
    const texts = marked(article({ quotes: [], temporalRefs: [] })).map(([text]) => text);

    expect(texts).not.toContain('Kellerman');
    expect(texts.filter((text) => text === 'Keller')).toHaveLength(1);
  });

  it('marks nothing past the characters the annotations were read from', () => {
    const cut = BODY.indexOf('Keller met');

    const texts = marked(article({ annotatedChars: cut })).map(([text]) => text);

    expect(texts).not.toContain('Lindenfeld');
    expect(texts).toContain('Anna Keller');
  });
});

const MINUTE = 60_000;
const NOW = Date.parse('2025-11-10T12:30:30.000Z');
/** A sequencer as the local bridge issues it: microseconds since the epoch, in hex. */
const sequencerAt = (ms: number) => (BigInt(ms) * 1000n).toString(16).toUpperCase();

const built = (at: number, sequencer: string) =>
  ({ ingestedAt: new Date(at).toISOString(), source: { sequencer } }) as ArticleRecord;

describe('minuteStats', () => {
  it('reads the event time back from a local sequencer', () => {
    expect(eventTimeOf(sequencerAt(NOW))).toBe(NOW);
  });

  it('counts the records of each minute of the last hour and their median lag', () => {
    const records = [
      built(NOW - 1_000, sequencerAt(NOW - 3_000)),
      built(NOW - 2_000, sequencerAt(NOW - 3_000)),
      built(NOW - 10_000, sequencerAt(NOW - 16_000)),
      built(NOW - 5 * MINUTE, 'F'.repeat(32)),
      built(NOW - 2 * 60 * MINUTE, sequencerAt(NOW - 2 * 60 * MINUTE)),
    ];

    const minutes = minuteStats(records, NOW);

    expect(minutes).toHaveLength(60);
    expect(minutes.at(-1)).toEqual({
      minute: '2025-11-10T12:30:00.000Z',
      records: 3,
      lagMs: 2_000,
    });
    expect(minutes.at(-6)).toEqual({ minute: '2025-11-10T12:25:00.000Z', records: 1 });
    expect(minutes.reduce((sum, minute) => sum + minute.records, 0)).toBe(4);
  });
});
