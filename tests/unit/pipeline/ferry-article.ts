import type { IngestedRecord, SourceFacts } from '#shared/domain/record.ts';
import { lifecycleFields } from '#shared/pipeline/record-base.ts';

/** A small ingested article (content hash `ferry`) written at `now`, for the copy tests. */
export const ferryArticle = (
  source: SourceFacts,
  now: Date,
  overrides: Partial<IngestedRecord> = {},
): IngestedRecord => ({
  ...lifecycleFields(source, now),
  status: 'ingested',
  format: 'text',
  title: 'Ferry resumes',
  titleSource: 'derived',
  authors: [],
  lede: 'The ferry sailed again.',
  sections: [{ heading: null, paragraphs: ['The ferry sailed again.'] }],
  body: 'The ferry sailed again.',
  keywords: [],
  wordCount: 4,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: 'ferry',
  ...overrides,
});
