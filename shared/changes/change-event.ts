import * as z from 'zod';
import { ArticleFormat, RejectReason } from '../domain/record.ts';

/**
 * The change events the pipeline publishes on its bus, one per real change of an
 * article record (docs/CONSUMERS.md). Version 1 of each detail only grows: a new field
 * is optional; a breaking change is a new detail-type (`ArticleIngested.v2`) published
 * beside the old one until its consumers have moved.
 */
export const CHANGE_EVENT_VERSION = 1 as const;

/** The `source` of every event the pipeline puts on its bus. */
export const CHANGE_EVENT_SOURCE = 'article-ingest';

export const ChangeDetailType = z.enum([
  'ArticleIngested', // an article record appeared (first upload, or a file that was rejected before)
  'ArticleUpdated', // an article's content or metadata changed (a re-upload with other bytes)
  'ArticleRemoved', // the object was deleted, or no longer holds this article
  'ArticleRejected', // the file is not an article we can read, or its reason changed
]);
export type ChangeDetailType = z.infer<typeof ChangeDetailType>;

/** Where the full record is: a GetItem on `tableName` with `{ articleId }`. */
export const RecordPointer = z.object({
  tableName: z.string(),
  articleId: z.string(),
});
export type RecordPointer = z.infer<typeof RecordPointer>;

/** What every detail carries: the article, where it came from, and how to order and dedupe. */
const common = {
  version: z.literal(CHANGE_EVENT_VERSION),
  articleId: z.string(),
  /** The S3 key of the uploaded object (decoded). */
  key: z.string(),
  bucket: z.string(),
  /** Set when the article is one of several in the file (a feed item, an archive entry). */
  itemKey: z.string().optional(),
  /** The record's `sequencerKey`: per article, a later change has a greater one. */
  sequencerKey: z.string(),
  /** `<articleId>@<sequencerKey>`: the same change delivered twice has the same id. */
  changeId: z.string(),
  /** The record's `updatedAt` (ISO 8601). */
  changedAt: z.string(),
  record: RecordPointer,
};

/** What a consumer routes and filters on, as the article's record says. */
const articleFacts = {
  format: ArticleFormat,
  language: z.string().optional(),
  publisher: z.string().optional(),
  publishedDate: z.string().optional(),
  contentHash: z.string(),
};

export const ArticleIngestedDetail = z.object({
  ...common,
  status: z.literal('ingested'),
  ...articleFacts,
});
export type ArticleIngestedDetail = z.infer<typeof ArticleIngestedDetail>;

export const ArticleUpdatedDetail = z.object({
  ...common,
  status: z.literal('ingested'),
  ...articleFacts,
  /** Top-level record fields whose value changed (e.g. `title`, `body`, `publisher`). */
  changedFields: z.array(z.string()),
});
export type ArticleUpdatedDetail = z.infer<typeof ArticleUpdatedDetail>;

export const ArticleRemovedDetail = z.object({
  ...common,
  status: z.literal('removed'),
  /** The facts of the article as it was before removal; absent when it was a rejected file. */
  ...z.object(articleFacts).partial().shape,
});
export type ArticleRemovedDetail = z.infer<typeof ArticleRemovedDetail>;

export const ArticleRejectedDetail = z.object({
  ...common,
  status: z.literal('rejected'),
  reason: RejectReason,
});
export type ArticleRejectedDetail = z.infer<typeof ArticleRejectedDetail>;

/** The detail schema of each detail-type. */
export const CHANGE_DETAILS = {
  ArticleIngested: ArticleIngestedDetail,
  ArticleUpdated: ArticleUpdatedDetail,
  ArticleRemoved: ArticleRemovedDetail,
  ArticleRejected: ArticleRejectedDetail,
} as const satisfies Record<ChangeDetailType, z.ZodType>;

/** One change, before it is put on a bus: the detail-type and its detail. */
export type ChangeEvent =
  | { detailType: 'ArticleIngested'; detail: ArticleIngestedDetail }
  | { detailType: 'ArticleUpdated'; detail: ArticleUpdatedDetail }
  | { detailType: 'ArticleRemoved'; detail: ArticleRemovedDetail }
  | { detailType: 'ArticleRejected'; detail: ArticleRejectedDetail };

/**
 * An event as a bus delivers it to a rule's target (the EventBridge envelope); the
 * envelope's other fields (`id`, `time`, `account`, `region`, `resources`) pass through.
 */
export const changeEnvelopeSchema = <T extends ChangeDetailType>(detailType: T) =>
  z.looseObject({
    source: z.literal(CHANGE_EVENT_SOURCE),
    'detail-type': z.literal(detailType),
    detail: CHANGE_DETAILS[detailType],
  });
