import type { IngestedRecord, SourceFacts } from '#shared/domain/record.ts';
import { lifecycleFields } from '#shared/pipeline/record-base.ts';
import { TEST_BUCKETS } from '../global-setup.ts';
import { TEST_NOW } from './test-deps.ts';

export const sourceFor = (key: string, sequencer: string): SourceFacts => ({
  bucket: TEST_BUCKETS.articles,
  key,
  sequencer,
});

/** A small ingested record, written by hand so store tests do not depend on extraction. */
export const ingestedRecord = (
  key: string,
  sequencer: string,
  overrides: Partial<IngestedRecord> = {},
): IngestedRecord => ({
  ...lifecycleFields(sourceFor(key, sequencer), TEST_NOW),
  status: 'ingested',
  format: 'text',
  title: 'The harbour ferry runs again',
  titleSource: 'derived',
  authors: [],
  lede: 'The harbour ferry resumed its winter timetable.',
  sections: [{ heading: null, paragraphs: ['The harbour ferry resumed its winter timetable.'] }],
  body: 'The harbour ferry resumed its winter timetable.',
  keywords: [],
  wordCount: 7,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: `hash-${sequencer}`,
  ...overrides,
});
