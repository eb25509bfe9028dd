import { articleIdFor } from '../domain/article-id.ts';
import { sequencerKey } from '../domain/object-ref.ts';
import {
  type RejectedRecord,
  type RejectReason,
  type RemovedRecord,
  SCHEMA_VERSION,
  type SourceFacts,
} from '../domain/record.ts';

/** Bumped whenever extraction output changes, so readers can tell old records apart. */
export const EXTRACTOR_VERSION = '1.1.0';

/** The identity and lifecycle fields every record carries, whatever its status. */
export const lifecycleFields = (source: SourceFacts, now: Date) => {
  const at = now.toISOString();
  return {
    articleId: articleIdFor(source.bucket, source.key),
    source,
    sequencerKey: sequencerKey(source.sequencer),
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: EXTRACTOR_VERSION,
    ingestedAt: at,
    updatedAt: at,
  } as const;
};

export const rejectedRecord = (
  source: SourceFacts,
  reason: RejectReason,
  reasonDetail: string,
  now: Date,
): RejectedRecord => ({
  ...lifecycleFields(source, now),
  status: 'rejected',
  reason,
  reasonDetail,
});

export const removedRecord = (source: SourceFacts, now: Date): RemovedRecord => ({
  ...lifecycleFields(source, now),
  status: 'removed',
});
