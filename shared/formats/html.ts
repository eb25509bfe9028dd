import type { ParsedDocument } from './document.ts';
import { extractHtmlBody } from './html-body.ts';
import { elementsNamed, type HtmlDocument, parseHtmlDocument, textOf } from './html-dom.ts';
import { readJsonLd } from './html-json-ld.ts';
import { readHtmlMeta } from './html-meta.ts';

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
    title: chooseTitle(document, meta.title ?? jsonLd.title ?? meta.pageTitle, publisher),
    subtitle: meta.subtitle ?? jsonLd.subtitle,
    authors: [...meta.authors, ...jsonLd.authors],
    publisher,
    dates: [...jsonLd.dates, ...meta.dates],
    languageHint: meta.languageHint,
    sections: extractHtmlBody(document),
    keywords: meta.keywords,
    canonicalUrl: meta.canonicalUrl,
  };
};

const chooseTitle = (
  document: HtmlDocument,
  stated: string | undefined,
  site: string | undefined,
): string | undefined => {
  const headings = elementsNamed(document, 'h1')
    .slice(0, MAX_H1_CHECKED)
    .map(textOf)
    .filter(Boolean);
  if (!stated) return headings[0];
  return headings.find((h1) => isTitleHead(stated, h1)) ?? stripSiteName(stated, site);
};

/** Pages have one headline `<h1>`; more are section titles, and checking them costs time. */
const MAX_H1_CHECKED = 3;
const STARTS_WITH_SEPARATOR = /^\s*(?:[｜|–—\-·•:]|::)\s*/;

/** Whether `title` is the `<h1>` text followed by a separator and something else (the site). */
const isTitleHead = (title: string, h1: string): boolean =>
  title.length > h1.length &&
  title.toLowerCase().startsWith(h1.toLowerCase()) &&
  STARTS_WITH_SEPARATOR.test(title.slice(h1.length));

/** ` | Site`, ` - Site`, ` — Site`, `｜Site` ... : what pages put between title and site. */
const SITE_SEPARATOR = /\s*[｜]\s*|\s+(?:[|–—\-·•:]|::)\s+/;
/** Without a known site name, only a short trailing part after ` | ` is taken for one. */
const MAX_UNNAMED_SITE_WORDS = 3;
const PIPE = ' | ';

/**
 * Drops a site name from a page title, conservatively: the part after (or before) the
 * separator must equal the known site name, or, with no site name known, be a short
 * trailing part after a pipe.
 */
export const stripSiteName = (title: string, site: string | undefined): string => {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  const siteName = site?.toLowerCase();
  if (siteName && last.toLowerCase() === siteName) return withoutLastPart(title, last);
  if (siteName && first.toLowerCase() === siteName)
    return title.slice(title.indexOf(parts[1] ?? ''));
  const pipeAt = title.lastIndexOf(PIPE);
  const tail = title.slice(pipeAt + PIPE.length);
  if (!siteName && pipeAt > 0 && tail.split(' ').length <= MAX_UNNAMED_SITE_WORDS) {
    return title.slice(0, pipeAt).trim();
  }
  return title;
};

const withoutLastPart = (title: string, last: string): string => {
  const head = title.slice(0, title.length - last.length);
  return head.replace(TRAILING_SEPARATOR, '');
};

const TRAILING_SEPARATOR = /\s*[｜]\s*$|\s+(?:[|–—\-·•:]|::)\s+$/;
