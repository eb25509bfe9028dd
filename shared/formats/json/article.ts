import { collapseSpaces } from '../../text/whitespace.ts';
import type { DateCandidate, DateKind, DocumentSection, ParsedDocument } from '../document.ts';
import { elementsNamed, extractHtmlBody, parseHtmlDocument, textOf } from '../html/index.ts';
import { checkJsonNesting } from '../json-nesting.ts';
import { MalformedInputError } from '../malformed.ts';
import {
  dateOf,
  firstString,
  firstValue,
  isObject,
  type JsonObject,
  namesOf,
  stringOf,
} from './fields.ts';
import { jsonArticleFacts } from './page-facts.ts';

/**
 * A JSON article: one object in a common API shape (`title`/`headline`, `body`/`content`/
 * `articleBody`, `author(s)`, date fields...) or a JSON-LD NewsArticle. Of a file holding
 * several (an array, `{articles: [...]}`, `{items: [...]}`, a JSON-LD `@graph`) this reads
 * the first article; `items-json.ts` reads each one of a list.
 */
export const parseJsonArticle = (text: string): ParsedDocument => {
  const article = pickArticle(parseJson(text));
  if (!article) throw new MalformedInputError('The JSON holds no article object.');
  return readJsonArticle(article);
};

/** One article object's fields. */
export const readJsonArticle = (article: JsonObject): ParsedDocument => {
  const jsonLd = typeof article['@type'] === 'string' || '@context' in article;
  const body = bodyOf(article);
  return {
    format: 'json',
    title: firstString(article, TITLE_KEYS),
    subtitle: firstString(
      article,
      body.usedDescription ? SUBTITLE_KEYS : [...SUBTITLE_KEYS, 'description'],
    ),
    authors: namesOf(firstValue(article, AUTHOR_KEYS), false),
    publisher: firstString(article, PUBLISHER_KEYS),
    dates: [
      ...datesOf(article, PUBLISHED_KEYS, 'published', jsonLd),
      ...datesOf(article, MODIFIED_KEYS, 'modified', jsonLd),
    ],
    languageHint: firstString(article, LANGUAGE_KEYS),
    sections: body.sections,
    keywords: namesOf(firstValue(article, KEYWORD_KEYS), true),
    canonicalUrl: urlOf(article),
    pageFacts: jsonArticleFacts(article),
  };
};

const TITLE_KEYS = ['title', 'headline', 'name', 'heading'];
const SUBTITLE_KEYS = [
  'subtitle',
  'subheadline',
  'alternativeHeadline',
  'dek',
  'standfirst',
  'deck',
];
const BODY_KEYS = [
  'body',
  'content',
  'articleBody',
  'text',
  'body_html',
  'bodyHtml',
  'html',
  'content_html',
  'contentHtml',
  'fullText',
  'content_text',
];
const AUTHOR_KEYS = ['authors', 'author', 'byline', 'creator', 'creators', 'by'];
const PUBLISHER_KEYS = ['publisher', 'source', 'site_name', 'siteName', 'provider', 'outlet'];
const PUBLISHED_KEYS = [
  'datePublished',
  'published_at',
  'publishedAt',
  'pubDate',
  'published',
  'publication_date',
  'publishDate',
  'date_published',
  'firstPublished',
  'date',
  'created_at',
  'createdAt',
  'dateCreated',
];
const MODIFIED_KEYS = [
  'dateModified',
  'updated_at',
  'updatedAt',
  'modified_at',
  'modifiedAt',
  'modified',
  'lastModified',
  'date_modified',
];
const LANGUAGE_KEYS = ['language', 'lang', 'inLanguage', 'locale'];
const KEYWORD_KEYS = ['keywords', 'tags', 'subjects', 'categories', 'topics'];
const URL_KEYS = ['url', 'canonical_url', 'canonicalUrl', 'link', 'web_url', 'webUrl', 'permalink'];
/** Where API responses put their list of articles. */
export const LIST_KEYS = [
  'articles',
  'items',
  'results',
  'data',
  'posts',
  'entries',
  'stories',
  'docs',
  '@graph',
];
const ARTICLE_TYPES = /article|posting|report/i;

/** The parsed value, once its nesting is known to be within the limit (else too-deep). */
export const parseJson = (text: string): unknown => {
  checkJsonNesting(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedInputError(`The JSON does not parse: ${(error as Error).message}`, {
      cause: error,
    });
  }
};

/** The article object: the value itself, the first of a list, or a wrapped one. */
export const pickArticle = (value: unknown): JsonObject | undefined => {
  if (Array.isArray(value)) return pickFromList(value);
  if (!isObject(value)) return undefined;
  if (hasBody(value)) return value;
  for (const key of LIST_KEYS) {
    const list = value[key];
    if (Array.isArray(list)) return pickFromList(list);
    if (key !== '@graph' && isObject(list) && hasArticleFields(list)) return list;
  }
  if (!hasArticleFields(value) && isObject(value.article)) return value.article;
  return value;
};

const pickFromList = (list: readonly unknown[]): JsonObject | undefined => {
  const objects = list.filter(isObject);
  return (
    objects.find((o) => typeof o['@type'] === 'string' && ARTICLE_TYPES.test(o['@type'])) ??
    objects[0]
  );
};

/** An object with a body is an article, whatever lists it holds (`items` of a how-to). */
export const hasBody = (object: JsonObject): boolean => firstValue(object, BODY_KEYS) !== undefined;

export const hasArticleFields = (object: JsonObject): boolean =>
  firstValue(object, [...TITLE_KEYS, ...BODY_KEYS]) !== undefined;

/** Attributes never span another `<`, so `<p <p <p ...` with no `>` is one linear pass. */
const HTML_MARKUP =
  /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|section|article|span|a|em|strong)\b[^<>]*>/i;
const BLANK_LINE = /\n[ \t]*\n/;
const LINE = /\n/;

/** Paragraphs of the body field (HTML through the HTML body reader, text by its lines). */
const bodyOf = (article: JsonObject): { sections: DocumentSection[]; usedDescription: boolean } => {
  let raw = stringField(firstValue(article, BODY_KEYS));
  const usedDescription = raw === undefined;
  raw ??= stringField(article.description ?? article.summary);
  if (raw === undefined) return { sections: [], usedDescription };
  if (HTML_MARKUP.test(raw)) return { sections: htmlSections(raw), usedDescription };
  const paragraphs = raw
    .split(BLANK_LINE.test(raw) ? BLANK_LINE : LINE)
    .map(collapseSpaces)
    .filter(Boolean);
  return {
    sections: paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [],
    usedDescription,
  };
};

/**
 * HTML in a body field through the HTML body reader; when that finds nothing (it weighs
 * whole pages, and a short field can fall under its thresholds), the field's `<p>`s, since
 * the field holds the article and nothing else.
 */
const htmlSections = (html: string): DocumentSection[] => {
  const document = parseHtmlDocument(html);
  const sections = extractHtmlBody(document);
  if (sections.length > 0) return sections;
  const paragraphs = elementsNamed(document, 'p').map(textOf).filter(Boolean);
  return paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [];
};

/** A body field as its raw string: `{rendered}` (WordPress), `{html}`, or an array of paragraphs. */
const stringField = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const parts = value.map(stringField).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join('\n\n') : undefined;
  }
  if (isObject(value))
    return stringField(value.rendered ?? value.html ?? value.text ?? value.value);
  return undefined;
};

const datesOf = (
  article: JsonObject,
  keys: readonly string[],
  kind: DateKind,
  jsonLd: boolean,
): DateCandidate[] =>
  keys.flatMap((key) => {
    const value = dateOf(article[key]);
    return value ? [{ value, source: jsonLd ? 'json-ld' : 'meta', kind }] : [];
  });

const urlOf = (article: JsonObject): string | undefined => {
  const url = firstString(article, URL_KEYS);
  if (url) return url;
  const page = article.mainEntityOfPage;
  return isObject(page) ? stringOf(page['@id']) : stringOf(page);
};
