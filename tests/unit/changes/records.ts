import type { IngestedRecord, SourceFacts } from '#shared/domain/record.ts';
import { lifecycleFields } from '#shared/pipeline/record-base.ts';

// Records written by hand for the change-event tests: one article at one key.
export const source = (sequencer: string, extra: Partial<SourceFacts> = {}): SourceFacts => ({
  bucket: 'articles',
  key: 'news/ferry.txt',
  sequencer,
  ...extra,
});
export const at = (iso: string) => new Date(iso);

/** A small article written for these tests. */
export const article = (
  sequencer: string,
  overrides: Partial<IngestedRecord> = {},
  now = at('2026-03-01T10:00:00Z'),
): IngestedRecord => ({
  ...lifecycleFields(source(sequencer), now),
  status: 'ingested',
  format: 'text',
  title: 'The harbour ferry runs again',
  titleSource: 'derived',
  authors: [],
  publisher: 'Harbour Gazette',
  publishedDate: '2026-02-28',
  language: 'en',
  lede: 'The harbour ferry resumed its winter timetable.',
  sections: [{ heading: null, paragraphs: ['The harbour ferry resumed its winter timetable.'] }],
  body: 'The harbour ferry resumed its winter timetable.',
  keywords: ['ferry'],
  wordCount: 7,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: 'c0ffee',
  ...overrides,
});
