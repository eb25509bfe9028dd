import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { ArticleRecord } from '#shared/domain/record.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';

const NOW = new Date('2026-02-10T12:00:00Z');
const FILLER = 'The council met again and the meeting went on for a long time without a decision.';
const LATE =
  '"We will not accept any further delay to the project," Mayor Helena Brandt said on Monday, citing Reuters.';

const buildText = (text: string, maxAnnotatedChars: number) => {
  const bytes = new TextEncoder().encode(text);
  const limits = { ...DEFAULT_LIMITS, maxAnnotatedChars };
  const built = buildObject({
    bytes,
    source: { bucket: 'b', key: 'news/long.txt', sequencer: '01' },
    now: NOW,
    limits,
  });
  if (built.kind !== 'article' || built.record.status !== 'ingested')
    throw new Error('not ingested');
  return built.record;
};

describe('annotation limit', () => {
  const paragraphs = [...Array.from({ length: 20 }, () => FILLER), LATE];
  const article = `Council delays the bridge\n\ndate 2026-02-09\n\n${paragraphs.join('\n\n')}`;

  it('annotates only the first part of a body longer than maxAnnotatedChars and says so', () => {
    const record = buildText(article, 1000);

    expect(ArticleRecord.parse(record)).toEqual(record);
    expect(record.annotatedChars).toBeLessThanOrEqual(1000);
    expect(record.body.length).toBeGreaterThan(1000);
    expect(record.body).toContain('Helena Brandt');
    expect(record.quotes).toEqual([]);
    expect(record.entities?.map((entity) => entity.name)).not.toContain('Helena Brandt');
    expect(record.sourcesCited).toEqual([]);
  });

  it('annotates the whole body, without annotatedChars, when it fits', () => {
    const record = buildText(article, 100_000);

    expect(record.annotatedChars).toBeUndefined();
    expect(record.entities?.map((entity) => entity.name)).toContain('Helena Brandt');
    expect(record.quotes?.map((quote) => quote.text)).toEqual([
      'We will not accept any further delay to the project',
    ]);
    expect(record.sourcesCited).toEqual(['Reuters']);
  });
});
