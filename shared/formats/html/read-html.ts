import type { ParsedDocument } from '../document.ts';
import { chooseHtmlAuthors } from './authors.ts';
import { extractHtmlBody } from './body.ts';
import { readHtmlDates } from './dates.ts';
import { parseHtmlDocument } from './dom.ts';
import { jsonLdObjects, readJsonLd } from './json-ld.ts';
import { metaValues, readHtmlMeta } from './meta.ts';
import { readHtmlPageFacts } from './page-facts.ts';
import { chooseHtmlTitle } from './title.ts';

export { stripSiteName } from './title.ts';

/**
 * An HTML page: metadata from `<meta>`, JSON-LD, `<title>`, `<time>` and `<html lang>`,
 * paragraphs and section headings from the body (see `html-body.ts`, the seam for
 * main-body extraction).
 */
export const parseHtml = (html: string): ParsedDocument => {
  const document = parseHtmlDocument(html);
  // The page's <meta> tags and JSON-LD blocks, read once for every reader below.
  const metaTags = metaValues(document);
  const jsonLdBlocks = jsonLdObjects(document);
  const meta = readHtmlMeta(document, metaTags);
  const jsonLd = readJsonLd(document, jsonLdBlocks);
  const publisher = meta.publisher ?? jsonLd.publisher;
  const sections = extractHtmlBody(document);
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
    dates: readHtmlDates(document, [...jsonLd.dates, ...meta.dates], meta.languageHint),
    languageHint: meta.languageHint,
    sections,
    keywords: meta.keywords,
    canonicalUrl: meta.canonicalUrl,
    pageFacts: readHtmlPageFacts(document, sections, metaTags, jsonLdBlocks),
  };
};
