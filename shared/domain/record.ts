import * as z from 'zod';
import { Entity, Quote, TemporalRef } from './annotations.ts';
import { PageImage, Section } from './article-content.ts';

// The parts live in their own modules; the record is where readers import them from.
export * from './annotations.ts';
export * from './article-content.ts';

/**
 * The article record, schema version 1. Extend freely, never break: downstream
 * readers rely on these names (`status`, `publishedDate`, `language`, `title`,
 * `titleSource`, `sections[].heading`, `sections[].paragraphs`, `body`, `source.key`,
 * `reason`).
 */
export const SCHEMA_VERSION = 1;

/**
 * `container`: the file holds several articles (a feed, an archive, a JSON list); each has
 * a record of its own and the file's record lists them.
 */
export const RecordStatus = z.enum(['ingested', 'rejected', 'removed', 'container']);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** Why a file was rejected. Deterministic: re-sending the same bytes gives the same code. */
export const RejectReason = z.enum([
  'empty', // zero bytes, or only whitespace
  'binary', // not text in any encoding we read
  'too-large', // over the size the function will read
  'unsupported-format', // recognised, but not a format we parse yet
  'no-article', // parsed, but holds no article text
  'malformed', // the format's own syntax is broken beyond recovery
  'bomb', // a container expands past the size or ratio limits, whatever it declares
  'too-deep', // elements nest deeper than the parsers read
  'over-budget', // reading and annotating it took more than its work budget
  'extractor-failed', // the extractor threw on it (a bug; the same bytes fail the same way)
]);
export type RejectReason = z.infer<typeof RejectReason>;

export const ArticleFormat = z.enum([
  'text',
  'markdown',
  'html',
  'json',
  'newsml', // NewsML-G2 (IPTC), the wire agencies' XML
  'nitf', // News Industry Text Format (IPTC)
  'rss',
  'atom',
  'docx',
  'pdf',
]);
export type ArticleFormat = z.infer<typeof ArticleFormat>;

export const TitleSource = z.enum(['explicit', 'derived']);
export const DateSource = z.enum([
  'header', // a `date ...` or `Date:` line, or a byline's date, in a text file or page
  'front-matter',
  'json-ld',
  'meta',
  'time-element',
  'url',
  'dateline',
  'text',
  // A document file's own info (PDF Info CreationDate): often the day it was converted.
  'file-info',
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
  /** Set on the record of one article inside a file that holds several. */
  item: z
    .object({
      /** Names the article within the file (a feed item's guid, an archive entry's path). */
      key: z.string(),
      /** 1-based place in the file. */
      position: z.number().int().positive(),
    })
    .optional(),
});
export type SourceFacts = z.infer<typeof SourceFacts>;

/** Where an offloaded body lives when the record would not fit in one item. */
export const ContentRef = z.object({ bucket: z.string(), key: z.string() });
export type ContentRef = z.infer<typeof ContentRef>;

const lifecycle = {
  articleId: z.string(),
  source: SourceFacts,
  /** `sequencerKey(source.sequencer)`: what conditional writes compare. */
  sequencerKey: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string(),
  /** When this version of the record was built: it moves on every overwrite. */
  ingestedAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the article first got a record, kept from the stored record on every overwrite
   * (a tombstone and a re-upload included). Set on a file's own record and on the
   * tombstone of an item its file no longer holds; absent on the records of a file's items
   * (written without reading the stored one) and on records written before it existed:
   * read `ingestedAt` then.
   */
  firstIngestedAt: z.string().optional(),
  /**
   * On an item's record: the articleId of the file's record (status `container`).
   */
  containerId: z.string().optional(),
  /**
   * On a file's record: ids of articles an earlier version of the file held and this one
   * does not, while their tombstones are being written. Cleared once they are.
   */
  retiring: z.array(z.string()).optional(),
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
  /** The article's own address, as the file states it (canonical link, feed item link). */
  url: z.string().optional(),
  language: z.string().optional(),
  lede: z.string(),
  summary: z.string().optional(),
  sections: z.array(Section),
  body: z.string(),
  /** The sections as Markdown (our own rendering: escaped text, never raw HTML). */
  bodyMarkdown: z.string().optional(),
  /** Set when body, bodyMarkdown and sections were moved to ContentBucket (the item limit is 400 KB). */
  contentRef: ContentRef.optional(),
  keywords: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  paragraphCount: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().int().nonnegative(),
  contentHash: z.string(),
  /** Locality-sensitive hash of the body (64-bit simhash, hex): near duplicates differ in few bits. */
  fingerprint: z.string().optional(),
  /** articleId of an earlier record with the same content hash, when one is known. */
  duplicateOf: z.string().optional(),
  /**
   * The earliest stored article whose body this one's nearly repeats (a re-edited wire
   * copy), and how alike their fingerprints are (1 - differing bits / 64). Set only when
   * the body is not an exact copy (`duplicateOf`) and has at least 50 words.
   */
  nearDuplicateOf: z
    .object({ articleId: z.string(), similarity: z.number().min(0).max(1) })
    .optional(),
  entities: z.array(Entity).optional(),
  quotes: z.array(Quote).optional(),
  /** Agencies and outlets the text cites as sources (`TASS`, `Reuters`). */
  sourcesCited: z.array(z.string()).optional(),
  temporalRefs: z.array(TemporalRef).optional(),
  /**
   * Annotations cover the first N characters of body: entities, quotes, sourcesCited,
   * temporalRefs, derived keywords and summary were read from that prefix (cut at a
   * paragraph boundary) because the body is longer than the annotation limit. Absent
   * when they cover the whole body.
   */
  annotatedChars: z.number().int().nonnegative().optional(),
  // ---- Page facts (schema v1 additions): what the file declares about the page beyond
  // the story, the fields trafilatura, newspaper4k, Postlight and Zyte's article schema
  // give. Each is absent when the file does not say; every URL is absolute http(s). ----
  /** The page's main picture (og:image, JSON-LD `image`, else the story's first picture). */
  leadImage: PageImage.optional(),
  /** Pictures of the story, the lead image first; at most 20. */
  images: z.array(PageImage).optional(),
  /**
   * The site's own name as it presents itself (og:site_name, a JSON-LD WebSite's name);
   * `publisher` is the organisation behind the article (and falls back to the site name).
   */
  siteName: z.string().optional(),
  /** The site section the article is filed under (article:section, JSON-LD articleSection). */
  section: z.string().optional(),
  /** Categories the file files it in (front matter `categories`, wire subjects, DOCX category). */
  categories: z.array(z.string()).optional(),
  /**
   * Tags the file declares (article:tag, JSON-LD keywords, feed categories, front matter
   * tags, wire keywords): never derived, unlike `keywords`, which falls back to salient terms.
   */
  tags: z.array(z.string()).optional(),
  /** The licence or rights statement the file declares: a URL (rel=license) or a short text. */
  license: z.string().optional(),
  /** Writing direction: as the page states it (`dir`), else from the language or the script. */
  direction: z.enum(['ltr', 'rtl']).optional(),
  /** The next page of a story split over several (`<link rel=next>`). */
  nextPageUrl: z.string().optional(),
  /** The publication date as the file wrote it, where `publishedDate` was read from (≤ 100 chars). */
  datePublishedRaw: z.string().optional(),
  /** Whether the file says the article is free to read (JSON-LD isAccessibleForFree, content tier). */
  isAccessibleForFree: z.boolean().optional(),
  /** The CSS selector of the part the page marks as paywalled (JSON-LD hasPart.cssSelector). */
  paywallSelector: z.string().optional(),
  /**
   * True when a reader's limit cut the body text itself (a PDF past its page limit): the
   * stored body is not the whole article. `annotatedChars` is another thing: the body is
   * whole, only the annotations read a prefix.
   */
  truncated: z.boolean().optional(),
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

/** A file that holds several articles: the ids of their records, in file order. */
export const ContainerRecord = z.object({
  ...lifecycle,
  status: z.literal('container'),
  itemCount: z.number().int().nonnegative(),
  items: z.array(z.string()),
});
export type ContainerRecord = z.infer<typeof ContainerRecord>;

export const ArticleRecord = z.discriminatedUnion('status', [
  IngestedRecord,
  RejectedRecord,
  RemovedRecord,
  ContainerRecord,
]);
export type ArticleRecord = z.infer<typeof ArticleRecord>;
