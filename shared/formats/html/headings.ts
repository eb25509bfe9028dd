import { DomUtils } from 'htmlparser2';
import { attr, elementsNamed, type HtmlDocument, type HtmlElement, textOf } from './dom.ts';

/**
 * Headings that may carry a page's headline: `full` is the text as shown, which is what
 * the page's stated titles repeat; `text` drops a kicker (`<span class="kicker">Genetics</span>`),
 * the topic label set above or before a headline, which is no part of it.
 */
export interface Heading {
  full: string;
  text: string;
}

/**
 * Pages have one headline; later headings are section titles or teasers, and checking
 * them costs time. Empty headings, ones that only name the site (a logo) and ones in a
 * breadcrumb trail don't count.
 */
const MAX_HEADINGS_CHECKED = 3;

export const headingsNamed = (
  document: HtmlDocument,
  name: string,
  site: string | undefined,
): Heading[] => headingsOf(elementsNamed(document, name), site);

/** Visible elements microdata marks as the headline (not `<meta itemprop>`). */
export const markedHeadlines = (document: HtmlDocument, site: string | undefined): Heading[] =>
  headingsOf(
    DomUtils.findAll(
      (element) =>
        element.name !== 'meta' && attr(element, 'itemprop')?.toLowerCase() === 'headline',
      document.children,
    ),
    site,
  );

const headingsOf = (elements: readonly HtmlElement[], site: string | undefined): Heading[] => {
  const siteName = site?.toLowerCase();
  const headings: Heading[] = [];
  for (const element of elements) {
    const full = textOf(element);
    if (full === '' || full.toLowerCase() === siteName || inBreadcrumb(element)) continue;
    headings.push({ full, text: withoutKicker(element, full) });
    if (headings.length === MAX_HEADINGS_CHECKED) break;
  }
  return headings;
};

const KICKER = /kicker|overline|topline|dachzeile|eyebrow|roofline|supertitle|pretitle/i;
const LEADING_SEPARATOR = /^[\s:|–—·-]+/;

const withoutKicker = (element: HtmlElement, full: string): string => {
  const kicker = DomUtils.findOne(
    (child) => KICKER.test(attr(child, 'class') ?? ''),
    element.children,
  );
  const label = kicker ? textOf(kicker) : '';
  if (label === '' || !full.startsWith(label)) return full;
  const rest = full.slice(label.length).replace(LEADING_SEPARATOR, '');
  return rest === '' ? full : rest;
};

const BREADCRUMB = /breadcrumb/i;

/** Some pages repeat the headline as the last step of a breadcrumb trail, in an `<h1>`. */
const inBreadcrumb = (element: HtmlElement): boolean => {
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    const hints = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''} ${node.attribs.itemtype ?? ''} ${node.attribs['aria-label'] ?? ''}`;
    if (BREADCRUMB.test(hints)) return true;
  }
  return false;
};
