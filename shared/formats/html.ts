import type { ParsedDocument } from './document.ts';
import { chooseHtmlAuthors } from './html-authors.ts';
import { extractHtmlBody } from './html-body.ts';
import { readHtmlDates } from './html-dates.ts';
import { parseHtmlDocument } from './html-dom.ts';
import { readJsonLd } from './html-json-ld.ts';
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
    dates: readHtmlDates(document, [...jsonLd.dates, ...meta.dates], meta.languageHint),
    languageHint: meta.languageHint,
    sections: extractHtmlBody(document),
    keywords: meta.keywords,
    canonicalUrl: meta.canonicalUrl,
  };
};
