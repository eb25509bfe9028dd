import type { DateCandidate } from '../document.ts';
import { findElements } from '../markup/index.ts';
import { inOtherTexts } from './date-regions.ts';
import { attr, type HtmlDocument, type HtmlElement } from './dom.ts';

/**
 * schema.org microdata dates on ordinary elements: `<span itemprop="datePublished"
 * content="2020-04-27T18:50:24+02:00">27.04.2020</span>`. (`<meta itemprop>` is read with
 * the other meta tags and `<time datetime>` with the time elements.) Readers' comments
 * mark their own posts up the same way, and teaser lists their articles', so dates in
 * a comment block, a list of other articles or the page's footer are skipped.
 */
export const readMicrodataDates = (document: HtmlDocument): DateCandidate[] => {
  const marked = findElements(
    (element) => element.name !== 'meta' && KIND_OF_PROP.has(propOf(element)),
    document.children,
    'html-microdata',
  );
  const dates: DateCandidate[] = [];
  for (const element of marked) {
    const value = attr(element, 'content') ?? attr(element, 'datetime');
    if (!value || inOtherTexts(element)) continue;
    dates.push({ value, source: 'meta', kind: KIND_OF_PROP.get(propOf(element)) ?? 'published' });
  }
  return dates;
};

const KIND_OF_PROP = new Map<string, DateCandidate['kind']>([
  ['datepublished', 'published'],
  ['datecreated', 'published'],
  ['datemodified', 'modified'],
]);

const propOf = (element: HtmlElement): string => element.attribs.itemprop?.toLowerCase() ?? '';
