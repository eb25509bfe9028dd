import { describe, expect, it } from 'vitest';
import { formatTable, summarizeRecord } from '#local/cli/format.ts';
import { orderRecordFields } from '#local/cli/order-fields.ts';
import type { IngestedRecord, SourceFacts } from '#shared/domain/record.ts';
import { lifecycleFields, rejectedRecord, removedRecord } from '#shared/pipeline/record-base.ts';

const NOW = new Date('2025-11-05T10:00:00Z');
const source = (key: string): SourceFacts => ({ bucket: 'articles', key, sequencer: '0A' });

const ingested = (key: string, title: string): IngestedRecord => ({
  ...lifecycleFields(source(key), NOW),
  status: 'ingested',
  format: 'text',
  title,
  titleSource: 'derived',
  authors: [],
  publishedDate: '2025-11-05',
  language: 'en',
  lede: 'Lede.',
  sections: [
    { heading: null, paragraphs: ['Lede.', 'Two.'] },
    { heading: 'Later', paragraphs: ['Three.'] },
  ],
  body: 'Lede.\n\nTwo.\n\nThree.',
  keywords: [],
  wordCount: 3,
  paragraphCount: 3,
  readingTimeMinutes: 1,
  contentHash: 'abc',
});

describe('summarizeRecord', () => {
  it('shows title with its source, date, language and section and paragraph counts', () => {
    const lines = summarizeRecord(ingested('a.txt', 'Harbour bridge to close'));

    expect(lines).toContain('status:    ingested');
    expect(lines).toContain('title:     Harbour bridge to close (derived)');
    expect(lines).toContain('date:      2025-11-05');
    expect(lines).toContain('language:  en');
    expect(lines).toContain('sections:  2 (3 paragraphs)');
  });

  it('shows authors and publisher, and which article it copies only when it is a copy', () => {
    const original = summarizeRecord({
      ...ingested('a.txt', 'T'),
      authors: ['Ana Ruiz', 'Tom Berg'],
      publisher: 'Harbour Courier',
    });
    const copy = summarizeRecord({ ...ingested('b.txt', 'T'), duplicateOf: 'art-1' });
    const nearCopy = summarizeRecord({
      ...ingested('c.txt', 'T'),
      nearDuplicateOf: { articleId: 'art-2', similarity: 0.906 },
    });

    expect(original).toContain('authors:   Ana Ruiz, Tom Berg');
    expect(original).toContain('publisher: Harbour Courier');
    expect(original.some((line) => line.includes('copy of'))).toBe(false);
    expect(copy).toContain('copy of:   art-1');
    expect(nearCopy).toContain('near copy of: art-2 (similarity 0.906)');
  });

  it('shows the reason and its detail for a rejected record', () => {
    const record = rejectedRecord(
      source('noise.bin'),
      'binary',
      'NUL bytes in the first 1 KB',
      NOW,
    );

    expect(summarizeRecord(record)).toEqual([
      'key:    noise.bin',
      'status: rejected',
      'reason: binary',
      'detail: NUL bytes in the first 1 KB',
    ]);
  });

  it('shows a dash for a field the record does not have', () => {
    const record = { ...ingested('a.txt', 'T'), language: undefined };

    expect(summarizeRecord(record)).toContain('language:  -');
  });
});

describe('formatTable', () => {
  it('prints a header and one aligned row per record, sorted by key', () => {
    const records = [
      removedRecord(source('z.txt'), NOW),
      ingested('a.txt', 'Bridge'),
      rejectedRecord(source('m.bin'), 'empty', 'no bytes', NOW),
    ];

    expect(formatTable(records)).toEqual([
      'KEY    STATUS    DATE        TITLE',
      'a.txt  ingested  2025-11-05  Bridge',
      'm.bin  rejected  -           (empty)',
      'z.txt  removed   -',
    ]);
  });

  it('keeps the given order for a listing, which has only the fields an index projects', () => {
    const listings = [
      {
        status: 'ingested' as const,
        source: source('z.txt'),
        title: 'Early',
        publishedDate: '2025-11-05',
      },
      {
        status: 'ingested' as const,
        source: source('a.txt'),
        title: 'Late',
        publishedDate: '2025-11-05',
      },
    ];

    expect(formatTable(listings, { keepOrder: true })).toEqual([
      'KEY    STATUS    DATE        TITLE',
      'z.txt  ingested  2025-11-05  Early',
      'a.txt  ingested  2025-11-05  Late',
    ]);
  });

  it('clips long titles to keep one line per record', () => {
    const [, row] = formatTable([ingested('a.txt', 'x'.repeat(200))]);

    expect(row?.endsWith('…')).toBe(true);
    expect(row?.length).toBeLessThan(100);
  });
});

describe('orderRecordFields', () => {
  it('prints fields in schema order and unknown ones last, alphabetically', () => {
    const record = { zeta: 1, alpha: 2, ...ingested('a.txt', 'T') };

    const keys = Object.keys(orderRecordFields(record));

    expect(keys.slice(0, 3)).toEqual(['articleId', 'source', 'sequencerKey']);
    expect(keys.slice(-2)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(orderRecordFields(record).source as object)).toEqual([
      'bucket',
      'key',
      'sequencer',
    ]);
  });
});
