import { articleIdFor, itemArticleIdFor } from '../domain/article-id.ts';
import { sequencerKey } from '../domain/object-ref.ts';
import {
  type RejectedRecord,
  type RejectReason,
  type RemovedRecord,
  SCHEMA_VERSION,
  type SourceFacts,
} from '../domain/record.ts';

/** Bumped whenever extraction output changes, so readers can tell old records apart. */
export const EXTRACTOR_VERSION = '1.2.0';

/** The identity and lifecycle fields every record carries, whatever its status. */
export const lifecycleFields = (source: SourceFacts, now: Date) => {
  const at = now.toISOString();
  const objectId = articleIdFor(source.bucket, source.key);
  return {
    articleId: source.item ? itemArticleIdFor(objectId, source.item.key) : objectId,
    ...(source.item && { containerId: objectId }),
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

/**
 * The tombstone of an article an earlier version of a file held and the current one does
 * not (or of every article of a deleted file): known only by id, so the id is given.
 */
export const retiredItemRecord = (
  articleId: string,
  container: SourceFacts,
  now: Date,
): RemovedRecord => {
  const fileTombstone = removedRecord(container, now);
  return { ...fileTombstone, articleId, containerId: fileTombstone.articleId };
};
