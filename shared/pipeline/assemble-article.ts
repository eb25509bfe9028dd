import type { IngestedRecord } from '../domain/record.ts';
import { activeLimits } from '../domain/work-budget.ts';
import { annotatedText } from '../extract/annotated-text.ts';
import { chooseAuthors } from '../extract/authors.ts';
import { renderBodyMarkdown } from '../extract/body-markdown.ts';
import { contentHash } from '../extract/content-hash.ts';
import { readDateline } from '../extract/dateline.ts';
import { dateInPath, pickDates, resolveMonthDay } from '../extract/dates.ts';
import { extractEntities } from '../extract/entities/index.ts';
import { simhash } from '../extract/fingerprint.ts';
import { chooseKeywords, deriveKeywords } from '../extract/keywords.ts';
import { chooseLanguage } from '../extract/language.ts';
import { countWords, measuresOf } from '../extract/measures.ts';
import { choosePageFacts } from '../extract/page-facts.ts';
import { toPlainDocument } from '../extract/plain-text.ts';
import { extractQuotes } from '../extract/quotes.ts';
import { assembleText } from '../extract/sections.ts';
import { extractSourcesCited } from '../extract/sources-cited.ts';
import { summarize } from '../extract/summary.ts';
import { extractTemporalRefs } from '../extract/temporal-refs.ts';
import { chooseTitle } from '../extract/title.ts';
import { webUrl } from '../extract/web-url.ts';
import type { DateCandidate, ParsedDocument } from '../formats/document.ts';
import { collapseSpaces } from '../text/whitespace.ts';

/** The content fields of an ingested record: everything but identity and lifecycle. */
export type ArticleFields = Omit<
  IngestedRecord,
  | 'articleId'
  | 'source'
  | 'sequencerKey'
  | 'schemaVersion'
  | 'extractorVersion'
  | 'ingestedAt'
  | 'updatedAt'
>;

/**
 * Fewer words is a caption, a label or a stray byte, not a story. The shortest real
 * bodies measured are far above it: 9 words (a page of the html-date corpus), 11 (a
 * golden fixture's JSON list item). CJK text without spaces counts a run as one word, so
 * the bar stays low.
 */
export const MIN_ARTICLE_WORDS = 5;

/**
 * A parsed document -> the record's content fields, one extractor per field family.
 * Returns null when the document holds no article text (under MIN_ARTICLE_WORDS words).
 */
export const assembleArticle = (
  parsed: ParsedDocument,
  context: { now: Date; key?: string },
): ArticleFields | null => {
  const { now } = context;
  // Markup is stripped before any field is derived, so the lede, annotations, counts and
  // hashes all describe the stored text: a quote, an entity or a duplicate check never
  // sees a tag that the record itself does not hold.
  const document = toPlainDocument(parsed);
  const text = assembleText(document.sections);
  const wordCount = countWords(text.body);
  if (wordCount < MIN_ARTICLE_WORDS) return null;
  const dateline = readDateline(text.lede, document.dateline);
  const dates = [
    ...document.dates,
    ...lowerTrustDates(dateline?.monthDay, [context.key, document.canonicalUrl], now),
  ];
  const { datePublishedRaw, ...published } = pickDates(dates, now);
  const url = webUrl(document.canonicalUrl);
  const language = chooseLanguage(document.languageHint, text.body);
  // Annotation costs most per character: a long text keeps its whole body, annotated in part.
  const annotated = annotatedText(text, activeLimits().maxAnnotatedChars);
  const annotations = annotate(annotated.paragraphs, published.publishedDate, language);
  const stated = chooseKeywords(document.keywords);
  return {
    status: 'ingested',
    format: document.format,
    ...chooseTitle(document, dateline?.rest ?? text.lede),
    ...optional('subtitle', cleanOptional(document.subtitle)),
    authors: chooseAuthors(document.authors),
    ...optional('publisher', cleanOptional(document.publisher)),
    ...published,
    ...optional('dateline', dateline?.place),
    ...optional('url', url),
    ...optional('language', language),
    lede: text.lede,
    ...optional('summary', summarize(annotated.paragraphs)),
    sections: text.sections,
    body: text.body,
    bodyMarkdown: renderBodyMarkdown(text.sections),
    keywords: stated.length > 0 ? stated : deriveKeywords(annotated.body, annotations.entities),
    ...measuresOf(wordCount, text.paragraphs),
    contentHash: contentHash(text.body),
    fingerprint: simhash(text.body),
    ...annotations,
    ...optional('annotatedChars', annotated.annotatedChars),
    ...choosePageFacts(document.pageFacts, { url, language, body: text.body, datePublishedRaw }),
  };
};

/** Entities, quotes, sources and time references; time needs a publication date. */
const annotate = (
  paragraphs: readonly string[],
  publishedDate: string | undefined,
  language: string | undefined,
) => {
  const { entities, mentions } = extractEntities(paragraphs, language);
  return {
    entities,
    quotes: extractQuotes(paragraphs, mentions),
    sourcesCited: extractSourcesCited(paragraphs),
    ...optional(
      'temporalRefs',
      publishedDate ? extractTemporalRefs(paragraphs, publishedDate) : undefined,
    ),
  };
};

/** Dates the file implies rather than states: the dateline's day, a date in the key or URL. */
const lowerTrustDates = (
  monthDay: string | undefined,
  paths: ReadonlyArray<string | undefined>,
  now: Date,
): DateCandidate[] => {
  const fromDateline = monthDay ? resolveMonthDay(monthDay, now) : null;
  const fromPaths = paths.map((path) => (path ? dateInPath(path) : null));
  return [
    ...(fromDateline
      ? [{ value: fromDateline, source: 'dateline' as const, kind: 'published' as const }]
      : []),
    ...fromPaths
      .filter((date): date is string => date !== null)
      .map((value) => ({ value, source: 'url' as const, kind: 'published' as const })),
  ];
};

const cleanOptional = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : collapseSpaces(value) || undefined;

/** `{ key: value }` when the value is present, else nothing (no `undefined` in records). */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
