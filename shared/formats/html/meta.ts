import type { DateCandidate, ParsedDocument } from '../document.ts';
import { inOtherTexts } from './date-regions.ts';
import { attr, elementsNamed, firstNamed, type HtmlDocument, textOf } from './dom.ts';
import { readMicrodataDates } from './microdata-dates.ts';

/**
 * Metadata an HTML page states about itself: `<meta>` (OpenGraph, Twitter cards, the
 * usual `name`s), `<title>`, `<html lang>`, `<link rel=canonical>` and `<time>`. Each
 * field lists its sources best first.
 */
export type HtmlMeta = Omit<ParsedDocument, 'format' | 'sections'> & {
  pageTitle?: string;
  /** Titles from less common `<meta>`s: they confirm a visible heading, after og:title. */
  otherTitles: string[];
};

const OTHER_TITLE_NAMES = ['dc.title', 'sailthru.title', 'parsely-title', 'title'];

const PUBLISHED_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'citation_publication_date',
  'parsely-pub-date',
  'sailthru.date',
];
const MODIFIED_NAMES = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
];
const AUTHOR_NAMES = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'og:article:author',
  'dc.creator',
  'citation_author',
];
const KEYWORD_NAMES = ['keywords', 'news_keywords', 'article:tag'];
const isText = (value: string | undefined): value is string => Boolean(value);
const LIST_SEPARATOR = /\s*[,;]\s*/;
const URL_LIKE = /^https?:\/\//i;

export const readHtmlMeta = (
  document: HtmlDocument,
  meta: ReadonlyMap<string, string[]> = metaValues(document),
): HtmlMeta => {
  const first = (...names: string[]) => names.map((n) => meta.get(n)?.[0]).find(Boolean);
  const all = (names: readonly string[]) => names.flatMap((n) => meta.get(n) ?? []);
  return {
    title: first('og:title', 'twitter:title'),
    pageTitle: pageTitle(document),
    otherTitles: OTHER_TITLE_NAMES.map((name) => meta.get(name)?.[0]).filter(isText),
    subtitle: first('description', 'og:description', 'twitter:description'),
    authors: all(AUTHOR_NAMES).filter((name) => !URL_LIKE.test(name)),
    publisher: first('og:site_name', 'application-name'),
    dates: [
      ...metaDates(all(PUBLISHED_NAMES), 'published'),
      ...metaDates(otherPublishedValues(meta), 'published'),
      ...metaDates(all(MODIFIED_NAMES), 'modified'),
      ...readMicrodataDates(document),
      ...timeDates(document),
    ],
    languageHint: htmlLang(document) ?? first('content-language', 'og:locale'),
    keywords: all(KEYWORD_NAMES).flatMap((value) => value.split(LIST_SEPARATOR)),
    canonicalUrl: canonicalLink(document) ?? first('og:url'),
  };
};

/** Every `<meta>` content by lower-cased `property`, `name`, `itemprop` or `http-equiv`. */
export const metaValues = (document: HtmlDocument): Map<string, string[]> => {
  const values = new Map<string, string[]>();
  for (const element of elementsNamed(document, 'meta')) {
    const key = attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop');
    const name = (key ?? attr(element, 'http-equiv'))?.toLowerCase();
    // `value` stands in for `content` on pages re-serialised by some archiving tools.
    const content = attr(element, 'content') ?? attr(element, 'value');
    if (name && content) values.set(name, [...(values.get(name) ?? []), content]);
  }
  return values;
};

/**
 * Site-specific names for the same thing (`five_hundred_pixels:uploaded`,
 * `vr:published-time`, `uploadDate`), tried after the known ones.
 */
const OTHER_PUBLISHED_NAME =
  /(?:^|[:_.-])(?:published|uploaded?|created|release)(?:[_-]?(?:time|date|at|on))?$|uploaddate$/;
/**
 * Publication names that vendors and CMSs prefix with their own namespace: the short
 * `pub` forms (`pub_date`, `bt:pubdate`, `nastooh:publishdate`, cXense's
 * `cxenseparse:recs:publishtime`), PRISM's and scholarly `publicationdate` /
 * `citation_online_date`, `release:date`, and the bare `pdate`. Each is the date the
 * item went out, whatever the site; found on several unrelated sites.
 */
const NAMESPACED_PUBLISHED_NAME =
  /(?:^|[:_.-])(?:pub(?:lish)?[_-]?(?:date|time)|publication[_-]?date|online[_-]date)$|(?:^|[:_.-])release[:_-]date$|^pdate$/;

const otherPublishedValues = (meta: ReadonlyMap<string, string[]>): string[] =>
  [...meta.entries()]
    .filter(
      ([name]) =>
        (OTHER_PUBLISHED_NAME.test(name) || NAMESPACED_PUBLISHED_NAME.test(name)) &&
        !PUBLISHED_NAMES.includes(name),
    )
    .flatMap(([, values]) => values);

const metaDates = (values: readonly string[], kind: DateCandidate['kind']): DateCandidate[] =>
  values.map((value) => ({ value, source: 'meta', kind }));

/**
 * `<time datetime>` elements; one marked `pubdate` or `itemprop=datePublished` first.
 * A `<time>` in a teaser list, a related-links box, a comment or the page footer dates
 * another text, never this article.
 */
const timeDates = (document: HtmlDocument): DateCandidate[] => {
  const times = elementsNamed(document, 'time').filter(
    (time) => attr(time, 'datetime') && !inOtherTexts(time),
  );
  const marked = times.filter(
    (time) =>
      'pubdate' in time.attribs || attr(time, 'itemprop')?.toLowerCase() === 'datepublished',
  );
  return [...marked, ...times.filter((time) => !marked.includes(time))].map((time) => ({
    value: attr(time, 'datetime') ?? '',
    source: 'time-element',
    kind: 'published',
  }));
};

/** The text of the page's `<title>`, when it has one that is not empty. */
export const pageTitle = (document: HtmlDocument): string | undefined => {
  const title = firstNamed(document, 'title');
  return title ? textOf(title) || undefined : undefined;
};

const htmlLang = (document: HtmlDocument): string | undefined => {
  const html = firstNamed(document, 'html');
  return html ? (attr(html, 'lang') ?? attr(html, 'xml:lang')) : undefined;
};

/** The page's own address: `<link rel=canonical>`, else `og:url`. */
export const pageUrlOf = (document: HtmlDocument): string | undefined =>
  canonicalLink(document) ??
  elementsNamed(document, 'meta')
    .filter((meta) => (attr(meta, 'property') ?? attr(meta, 'name'))?.toLowerCase() === 'og:url')
    .map((meta) => attr(meta, 'content') ?? attr(meta, 'value'))
    .find(Boolean);

const canonicalLink = (document: HtmlDocument): string | undefined =>
  elementsNamed(document, 'link')
    .filter((link) => attr(link, 'rel')?.toLowerCase() === 'canonical')
    .map((link) => attr(link, 'href'))
    .find(Boolean);
