import * as z from 'zod/mini';
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
  versionId: z.optional(z.string()),
  eTag: z.optional(z.string()),
  size: z.optional(z.int().check(z.nonnegative())),
  contentType: z.optional(z.string()),
  sequencer: z.string(),
  /** Set on the record of one article inside a file that holds several. */
  item: z.optional(
    z.object({
      /** Names the article within the file (a feed item's guid, an archive entry's path). */
      key: z.string(),
      /** 1-based place in the file. */
      position: z.int().check(z.positive()),
    }),
  ),
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
  firstIngestedAt: z.optional(z.string()),
  /**
   * On an item's record: the articleId of the file's record (status `container`).
   */
  containerId: z.optional(z.string()),
  /**
   * On a file's record: ids of articles an earlier version of the file held and this one
   * does not, while their tombstones are being written. Cleared once they are.
   */
  retiring: z.optional(z.array(z.string())),
};

export const IngestedRecord = z.object({
  ...lifecycle,
  status: z.literal('ingested'),
  format: ArticleFormat,
  title: z.string(),
  titleSource: TitleSource,
  subtitle: z.optional(z.string()),
  authors: z.array(z.string()),
  publisher: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  publishedDate: z.optional(z.string()),
  publishedDateSource: z.optional(DateSource),
  modifiedAt: z.optional(z.string()),
  dateline: z.optional(z.string()),
  /** The article's own address, as the file states it (canonical link, feed item link). */
  url: z.optional(z.string()),
  language: z.optional(z.string()),
  lede: z.string(),
  summary: z.optional(z.string()),
  sections: z.array(Section),
  body: z.string(),
  /** The sections as Markdown (our own rendering: escaped text, never raw HTML). */
  bodyMarkdown: z.optional(z.string()),
  /** Set when body, bodyMarkdown and sections were moved to ContentBucket (the item limit is 400 KB). */
  contentRef: z.optional(ContentRef),
  keywords: z.array(z.string()),
  wordCount: z.int().check(z.nonnegative()),
  paragraphCount: z.int().check(z.nonnegative()),
  readingTimeMinutes: z.int().check(z.nonnegative()),
  contentHash: z.string(),
  /** Locality-sensitive hash of the body (64-bit simhash, hex): near duplicates differ in few bits. */
  fingerprint: z.optional(z.string()),
  /** articleId of an earlier record with the same content hash, when one is known. */
  duplicateOf: z.optional(z.string()),
  /**
   * The earliest stored article whose body this one's nearly repeats (a re-edited wire
   * copy), and how alike their fingerprints are (1 - differing bits / 64). Set only when
   * the body is not an exact copy (`duplicateOf`) and has at least 50 words.
   */
  nearDuplicateOf: z.optional(
    z.object({ articleId: z.string(), similarity: z.number().check(z.gte(0), z.lte(1)) }),
  ),
  entities: z.optional(z.array(Entity)),
  quotes: z.optional(z.array(Quote)),
  /** Agencies and outlets the text cites as sources (`TASS`, `Reuters`). */
  sourcesCited: z.optional(z.array(z.string())),
  temporalRefs: z.optional(z.array(TemporalRef)),
  /**
   * Annotations cover the first N characters of body: entities, quotes, sourcesCited,
   * temporalRefs, derived keywords and summary were read from that prefix (cut at a
   * paragraph boundary) because the body is longer than the annotation limit. Absent
   * when they cover the whole body.
   */
  annotatedChars: z.optional(z.int().check(z.nonnegative())),
  // ---- Page facts (schema v1 additions): what the file declares about the page beyond
  // the story, the fields trafilatura, newspaper4k, Postlight and Zyte's article schema
  // give. Each is absent when the file does not say; every URL is absolute http(s). ----
  /** The page's main picture (og:image, JSON-LD `image`, else the story's first picture). */
  leadImage: z.optional(PageImage),
  /** Pictures of the story, the lead image first; at most 20. */
  images: z.optional(z.array(PageImage)),
  /**
   * The site's own name as it presents itself (og:site_name, a JSON-LD WebSite's name);
   * `publisher` is the organisation behind the article (and falls back to the site name).
   */
  siteName: z.optional(z.string()),
  /** The site section the article is filed under (article:section, JSON-LD articleSection). */
  section: z.optional(z.string()),
  /** Categories the file files it in (front matter `categories`, wire subjects, DOCX category). */
  categories: z.optional(z.array(z.string())),
  /**
   * Tags the file declares (article:tag, JSON-LD keywords, feed categories, front matter
   * tags, wire keywords): never derived, unlike `keywords`, which falls back to salient terms.
   */
  tags: z.optional(z.array(z.string())),
  /** The licence or rights statement the file declares: a URL (rel=license) or a short text. */
  license: z.optional(z.string()),
  /** Writing direction: as the page states it (`dir`), else from the language or the script. */
  direction: z.optional(z.enum(['ltr', 'rtl'])),
  /** The next page of a story split over several (`<link rel=next>`). */
  nextPageUrl: z.optional(z.string()),
  /** The publication date as the file wrote it, where `publishedDate` was read from (≤ 100 chars). */
  datePublishedRaw: z.optional(z.string()),
  /** Whether the file says the article is free to read (JSON-LD isAccessibleForFree, content tier). */
  isAccessibleForFree: z.optional(z.boolean()),
  /** The CSS selector of the part the page marks as paywalled (JSON-LD hasPart.cssSelector). */
  paywallSelector: z.optional(z.string()),
  /**
   * True when a reader's limit cut the body text itself (a PDF past its page limit): the
   * stored body is not the whole article. `annotatedChars` is another thing: the body is
   * whole, only the annotations read a prefix.
   */
  truncated: z.optional(z.boolean()),
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
  itemCount: z.int().check(z.nonnegative()),
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
