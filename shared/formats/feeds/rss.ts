import { type DateCandidate, distinct, type ParsedDocument } from '../document.ts';
import { fragmentSections, fragmentText } from '../html/index.ts';
import { documentOrNoText, type FoundItem } from '../items-list.ts';
import {
  allNamed,
  childrenQualified,
  innerMarkup,
  isXmlElement,
  langOf,
  parseXml,
  type XmlElement,
  xmlAttr,
  xmlText,
} from '../markup/index.ts';
import { type ReadResult, readOrMalformed } from '../read-result.ts';
import { feedDate } from './dates.ts';
import {
  authorName,
  childText,
  childTexts,
  type FeedFacts,
  isHttpUrl,
  readFeedItems,
} from './item.ts';
import { feedItemFacts } from './page-facts.ts';

/**
 * RSS 2.0 and RSS 1.0 (RDF) feeds: one article per `item`. RSS's own elements are
 * unprefixed; the modules feeds mix in are matched by their usual prefix (`dc:creator`,
 * `content:encoded`), so an item's `title` is never its `media:title`.
 */
export const readRss = (text: string): ReadResult => {
  const document = parseXml(text);
  const channel = allNamed(document, 'channel')[0];
  const root = document.children.find(isXmlElement);
  const facts: FeedFacts = {
    title: channel && childText(channel, 'title'),
    language:
      (channel && childText(channel, 'language', 'dc:language')) ?? langOf(channel) ?? langOf(root),
    authors: [],
    rights: channel && childText(channel, 'copyright', 'dc:rights'),
  };
  const items = allNamed(document, 'item').filter((item) => item.name.toLowerCase() === 'item');
  return readFeedItems(items, { feed: 'The RSS feed', items: 'items' }, (item) =>
    readRssItem(item, facts),
  );
};

const readRssItem = (item: XmlElement, facts: FeedFacts): FoundItem => {
  const guid = childText(item, 'guid');
  const link = childText(item, 'link') ?? atomLinkOf(item);
  return {
    key: guid ?? xmlAttr(item, 'about') ?? link,
    result: readOrMalformed(() => documentOrNoText(rssDocument(item, facts, link), 'The RSS item')),
  };
};

const rssDocument = (item: XmlElement, facts: FeedFacts, link?: string): ParsedDocument => {
  const title = childText(item, 'title');
  const categories = childTexts(item, 'category', 'dc:subject');
  return {
    format: 'rss',
    title: title && fragmentText(title),
    authors: distinct([
      ...childTexts(item, 'author').map(authorName),
      ...childTexts(item, 'dc:creator'),
    ]),
    publisher: childText(item, 'source', 'dc:publisher') ?? facts.title,
    dates: datesOf(item),
    languageHint: childText(item, 'dc:language') ?? langOf(item) ?? facts.language,
    sections: bodyOf(item),
    keywords: distinct(categories),
    canonicalUrl: link ?? permalinkOf(item),
    pageFacts: feedItemFacts(item, categories, childText(item, 'dc:rights') ?? facts.rights, link),
  };
};

/** A guid is the item's permalink unless it says otherwise (RSS 2.0's default). */
const permalinkOf = (item: XmlElement): string | undefined => {
  const guid = childrenQualified(item, 'guid')[0];
  if (xmlAttr(guid, 'ispermalink')?.toLowerCase() === 'false') return undefined;
  const url = xmlText(guid);
  return isHttpUrl(url) ? url : undefined;
};

/** `atom:link rel="alternate"` in an RSS item (some generators give only that). */
const atomLinkOf = (item: XmlElement): string | undefined => {
  const links = childrenQualified(item, 'atom:link');
  const alternate = links.find((link) => (xmlAttr(link, 'rel') ?? 'alternate') === 'alternate');
  return xmlAttr(alternate, 'href');
};

const datesOf = (item: XmlElement): DateCandidate[] => {
  const dates = (kind: DateCandidate['kind'], ...names: string[]): DateCandidate[] =>
    childTexts(item, ...names).flatMap((text) => {
      const value = feedDate(text);
      const raw = value === text.trim() ? {} : { raw: text };
      // 'meta': like a page's <meta> dates, a field the publisher's software states.
      return value ? [{ value, source: 'meta' as const, kind, ...raw }] : [];
    });
  return [
    ...dates('published', 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created'),
    ...dates('modified', 'dcterms:modified', 'atom:updated'),
  ];
};

/** The fullest body the item has: `content:encoded`, else `description`. */
const bodyOf = (item: XmlElement) => {
  for (const name of ['content:encoded', 'description', 'dc:description']) {
    const element = childrenQualified(item, name)[0];
    const sections = element ? fragmentSections(innerMarkup(element)) : [];
    if (sections.length > 0) return sections;
  }
  return [];
};
