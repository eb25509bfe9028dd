import { isFullName } from '../extract/byline.ts';
import type { ParsedDocument } from './document.ts';
import { extractHtmlBody } from './html-body.ts';
import { readByline } from './html-byline.ts';
import { readTextDates } from './html-dates.ts';
import { type HtmlDocument, parseHtmlDocument } from './html-dom.ts';
import { type JsonLdFields, readJsonLd } from './html-json-ld.ts';
import { readHtmlMeta } from './html-meta.ts';
import { chooseHtmlTitle } from './html-title.ts';

export { stripSiteName } from './html-title.ts';

/**
 * An HTML page: metadata from `<meta>`, JSON-LD, `<title>`, `<time>` and `<html lang>`,
 * paragraphs and section headings from the body (see `html-body.ts`, the seam for
 * main-body extraction).
 */
export const parseHtml = (html: string): ParsedDocument => {
  const document = parseHtmlDocument(html);
  const meta = readHtmlMeta(document);
  const jsonLd = readJsonLd(document);
  const publisher = meta.publisher ?? jsonLd.publisher;
  return {
    format: 'html',
    title: chooseHtmlTitle(
      document,
      [meta.title, jsonLd.title, ...meta.otherTitles, meta.pageTitle],
      publisher,
    ),
    subtitle: meta.subtitle ?? jsonLd.subtitle,
    authors: chooseHtmlAuthors(document, meta.authors, jsonLd, publisher),
    publisher,
    dates: [...jsonLd.dates, ...meta.dates, ...readTextDates(document, meta.languageHint)],
    languageHint: meta.languageHint,
    sections: extractHtmlBody(document),
    keywords: meta.keywords,
    canonicalUrl: meta.canonicalUrl,
  };
};

/**
 * Authors from the most trustworthy source that names any: JSON-LD people, the visible
 * byline (unless it contradicts the `<meta>` authors), `<meta>` author names (not the
 * site's own name), JSON-LD organisations.
 */
const chooseHtmlAuthors = (
  document: HtmlDocument,
  metaAuthors: readonly string[],
  jsonLd: JsonLdFields,
  publisher: string | undefined,
): string[] => {
  if (jsonLd.authors.length > 0) return jsonLd.authors;
  const site = publisher?.toLowerCase();
  const named = metaAuthors
    .flatMap((value) => value.split(META_AUTHOR_SEPARATOR))
    .filter((name) => name.toLowerCase() !== site);
  const byline = readByline(document);
  if (byline.length === 0) return named.length > 0 ? named : jsonLd.organizationAuthors;
  return bylineDisagrees(byline, named) ? named : byline;
};

/**
 * A visible byline that shares no name with the people the `<meta>` tags name is likely
 * another story's (a teaser, a related link): the page's own statement wins then.
 */
const bylineDisagrees = (byline: readonly string[], metaNames: readonly string[]): boolean => {
  const people = metaNames.filter(isFullName).map((name) => name.toLowerCase());
  return people.length > 0 && !byline.some((name) => people.includes(name.toLowerCase()));
};

/** `Site | Jane Doe`: some pages put the publisher beside the author in one meta value. */
const META_AUTHOR_SEPARATOR = /\s+\|\s+/;
