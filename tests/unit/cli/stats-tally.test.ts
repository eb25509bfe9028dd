import { describe, expect, it } from 'vitest';
import { countLines, tallyRecords } from '#local/cli/stats-tally.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';

const NOW = new Date('2026-03-10T08:00:00Z');

/** Only the fields the tally reads. */
const record = (fields: Record<string, unknown>): ArticleRecord =>
  ({ status: 'ingested', ingestedAt: '2026-03-10T07:00:00Z', ...fields }) as ArticleRecord;

describe('the counts stats prints', () => {
  it('counts by status, and by format and language for ingested records only', () => {
    // Arrange
    const records = [
      record({ format: 'html', language: 'en' }),
      record({ format: 'html', language: 'de' }),
      record({ format: 'markdown' }),
      record({ status: 'rejected', reason: 'too-short' }),
      record({ status: 'rejected', reason: 'too-short' }),
      record({ status: 'removed' }),
    ];

    // Act
    const stats = tallyRecords(records, NOW);

    // Assert
    expect(stats.records).toBe(6);
    expect(stats.byStatus).toEqual({ ingested: 3, rejected: 2, removed: 1 });
    expect(stats.byFormat).toEqual({ html: 2, markdown: 1 });
    expect(stats.byLanguage).toEqual({ en: 1, de: 1, '-': 1 });
    expect(stats.byReason).toEqual({ 'too-short': 2 });
  });

  it('counts records per UTC day over the last seven days, today last', () => {
    // Arrange
    const records = [
      record({ ingestedAt: '2026-03-10T00:30:00Z' }),
      record({ ingestedAt: '2026-03-04T23:59:59Z' }),
      record({ ingestedAt: '2026-03-03T12:00:00Z' }),
    ];

    // Act
    const { perDay } = tallyRecords(records, NOW);

    // Assert
    expect(perDay.map((day) => day.date)).toEqual([
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(perDay.map((day) => day.records)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('lists the largest counts first', () => {
    expect(countLines({ pdf: 1, html: 5 })).toEqual(['  html  5', '  pdf   1']);
  });
});
