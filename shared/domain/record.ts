import { z } from 'zod';

/**
 * The article record, schema version 1. Extend freely, never break: downstream
 * readers rely on these names (`status`, `publishedDate`, `language`, `title`,
 * `titleSource`, `sections[].heading`, `sections[].paragraphs`, `body`, `source.key`,
 * `reason`).
 */
export const SCHEMA_VERSION = 1;

export const RecordStatus = z.enum(['ingested', 'rejected', 'removed']);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** Why a file was rejected. Deterministic: re-sending the same bytes gives the same code. */
export const RejectReason = z.enum([
  'empty', // zero bytes, or only whitespace
  'binary', // not text in any encoding we read
  'too-large', // over the size the function will read
  'unsupported-format', // recognised, but not a format we parse yet
  'no-article', // parsed, but holds no article text
  'malformed', // the format's own syntax is broken beyond recovery
]);
export type RejectReason = z.infer<typeof RejectReason>;

export const ArticleFormat = z.enum(['text', 'markdown', 'html']);
export type ArticleFormat = z.infer<typeof ArticleFormat>;

export const TitleSource = z.enum(['explicit', 'derived']);
export const DateSource = z.enum([
  'header', // a `date ...` or `Date:` line in a text file
  'front-matter',
  'json-ld',
  'meta',
  'time-element',
  'url',
  'dateline',
  'text',
]);
export type DateSource = z.infer<typeof DateSource>;

export const SourceFacts = z.object({
  bucket: z.string(),
  key: z.string(),
  versionId: z.string().optional(),
  eTag: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  contentType: z.string().optional(),
  sequencer: z.string(),
});
export type SourceFacts = z.infer<typeof SourceFacts>;

export const Section = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});
export type Section = z.infer<typeof Section>;

/** Where an offloaded body lives when the record would not fit in one item. */
export const ContentRef = z.object({ bucket: z.string(), key: z.string() });

const lifecycle = {
  articleId: z.string(),
  source: SourceFacts,
  /** `sequencerKey(source.sequencer)`: what conditional writes compare. */
  sequencerKey: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string(),
  ingestedAt: z.string(),
  updatedAt: z.string(),
};

export const IngestedRecord = z.object({
  ...lifecycle,
  status: z.literal('ingested'),
  format: ArticleFormat,
  title: z.string(),
  titleSource: TitleSource,
  subtitle: z.string().optional(),
  authors: z.array(z.string()),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  publishedDate: z.string().optional(),
  publishedDateSource: DateSource.optional(),
  modifiedAt: z.string().optional(),
  dateline: z.string().optional(),
  language: z.string().optional(),
  lede: z.string(),
  summary: z.string().optional(),
  sections: z.array(Section),
  body: z.string(),
  /** Set when body and sections were moved to ContentBucket (the item limit is 400 KB). */
  contentRef: ContentRef.optional(),
  keywords: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  paragraphCount: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().int().nonnegative(),
  contentHash: z.string(),
});
export type IngestedRecord = z.infer<typeof IngestedRecord>;

export const RejectedRecord = z.object({
  ...lifecycle,
  status: z.literal('rejected'),
  reason: RejectReason,
  reasonDetail: z.string(),
});
export type RejectedRecord = z.infer<typeof RejectedRecord>;

/** A tombstone: keeps the sequencer so a late create cannot resurrect the article. */
export const RemovedRecord = z.object({
  ...lifecycle,
  status: z.literal('removed'),
});
export type RemovedRecord = z.infer<typeof RemovedRecord>;

export const ArticleRecord = z.discriminatedUnion('status', [
  IngestedRecord,
  RejectedRecord,
  RemovedRecord,
]);
export type ArticleRecord = z.infer<typeof ArticleRecord>;
