import type { ArticleRecord, IngestedRecord, RejectedRecord } from '../domain/record.ts';
import type { ChangeEvent } from './change-event.ts';
import { CHANGE_EVENT_VERSION } from './change-event.ts';
import { changedFields } from './changed-fields.ts';

/**
 * What a consumer sees of a record: an article, a rejected file, or nothing (no record,
 * a tombstone, or the record of a file that holds several articles, whose articles
 * each have their own record and events).
 */
type Visible = IngestedRecord | RejectedRecord | null;

const visible = (record: ArticleRecord | null): Visible =>
  record?.status === 'ingested' || record?.status === 'rejected' ? record : null;

/** Where the change events point for the full record. */
export interface ChangeContext {
  tableName: string;
}

/**
 * The change rule: the event a write of the table means, given the record before and
 * after it (either absent), or null when a consumer would see no difference. A
 * redelivered event writes nothing and so reaches no one; a re-upload of the same bytes
 * rewrites the record with a new sequencer and is no change either.
 */
export const changeEventFor = (
  before: ArticleRecord | null,
  after: ArticleRecord | null,
  context: ChangeContext,
): ChangeEvent | null => {
  const was = visible(before);
  const now = visible(after);
  if (now?.status === 'ingested') {
    if (was?.status !== 'ingested') {
      return { detailType: 'ArticleIngested', detail: { ...common(now, context), ...facts(now) } };
    }
    const changed = changedFields(was, now);
    if (changed.length === 0) return null;
    return {
      detailType: 'ArticleUpdated',
      detail: { ...common(now, context), ...facts(now), changedFields: changed },
    };
  }
  if (now?.status === 'rejected') {
    if (was?.status === 'rejected' && was.reason === now.reason) return null;
    return {
      detailType: 'ArticleRejected',
      detail: { ...common(now, context), status: 'rejected', reason: now.reason },
    };
  }
  if (was === null) return null;
  // Gone: say so with the record that ended it (a tombstone), else the last one seen.
  const last = after ?? was;
  return {
    detailType: 'ArticleRemoved',
    detail: {
      ...common(last, context),
      ...(was.status === 'ingested' ? facts(was) : {}),
      status: 'removed',
    },
  };
};

/** Identity, ordering and the pointer to the full record. */
const common = (record: ArticleRecord, { tableName }: ChangeContext) => ({
  version: CHANGE_EVENT_VERSION,
  articleId: record.articleId,
  key: record.source.key,
  bucket: record.source.bucket,
  ...(record.source.item ? { itemKey: record.source.item.key } : {}),
  sequencerKey: record.sequencerKey,
  changeId: `${record.articleId}@${record.sequencerKey}`,
  changedAt: record.updatedAt,
  record: { tableName, articleId: record.articleId },
});

/** The facts consumers route on; optional ones only when the record has them. */
const facts = (record: IngestedRecord) => ({
  status: 'ingested' as const,
  format: record.format,
  contentHash: record.contentHash,
  ...(record.language ? { language: record.language } : {}),
  ...(record.publisher ? { publisher: record.publisher } : {}),
  ...(record.publishedDate ? { publishedDate: record.publishedDate } : {}),
});
