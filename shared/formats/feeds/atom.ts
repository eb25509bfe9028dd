import {
  type DateCandidate,
  type DocumentSection,
  distinct,
  type ParsedDocument,
} from '../document.ts';
import { type FragmentType, fragmentSections, fragmentText } from '../html/index.ts';
import { documentOrNoText, type FoundItem } from '../items-list.ts';
import {
  childrenQualified,
  innerMarkup,
  isXmlElement,
  langOf,
  parseXml,
  type XmlElement,
  xmlAttr,
} from '../markup/index.ts';
import { type ReadResult, readOrMalformed } from '../read-result.ts';
import {
  absoluteUrl,
  childText,
  childTexts,
  type FeedFacts,
  noItems,
  readFeedItems,
} from './item.ts';
import { feedItemFacts } from './page-facts.ts';

/**
 * Atom feeds (RFC 4287): one article per `entry`. Atom's elements are matched bare or
 * with an `atom:` prefix; text constructs are read by their `type` (`text`, `html`,
 * `xhtml`).
 */
export const readAtom = (text: string): ReadResult => {
  const document = parseXml(text);
  const feed = document.children.find(isXmlElement);
  if (!feed) return noItems(WORDS);
  const facts: FeedFacts = {
    title: textConstruct(feed, 'title'),
    language: langOf(feed),
    authors: authorsOf(feed),
    rights: textConstruct(feed, 'rights'),
  };
  const base = xmlAttr(feed, 'base') ?? alternateLink(feed);
  return readFeedItems(atom(feed, 'entry'), WORDS, (entry) => readEntry(entry, facts, base));
};

const WORDS = { feed: 'The Atom feed', items: 'entries' };

/** Direct children named so, bare or `atom:`-prefixed. */
const atom = (parent: XmlElement, name: string): XmlElement[] =>
  childrenQualified(parent, name, `atom:${name}`);

const readEntry = (
  entry: XmlElement,
  facts: FeedFacts,
  feedBase: string | undefined,
): FoundItem => {
  const link = absoluteUrl(alternateLink(entry), xmlAttr(entry, 'base') ?? feedBase);
  return {
    key: childText(entry, 'id', 'atom:id') ?? link,
    result: readOrMalformed(() =>
      documentOrNoText(entryDocument(entry, facts, link), 'The Atom entry'),
    ),
  };
};

const entryDocument = (entry: XmlElement, facts: FeedFacts, link?: string): ParsedDocument => {
  const source = atom(entry, 'source')[0];
  const authors = authorsOf(entry);
  const categories = atom(entry, 'category').map((c) => xmlAttr(c, 'label') ?? xmlAttr(c, 'term'));
  return {
    format: 'atom',
    title: textConstruct(entry, 'title'),
    authors: authors.length > 0 ? authors : facts.authors,
    publisher: (source && textConstruct(source, 'title')) ?? facts.title,
    dates: datesOf(entry),
    languageHint: langOf(entry) ?? facts.language,
    sections: bodyOf(entry),
    keywords: distinct(categories),
    canonicalUrl: link,
    pageFacts: feedItemFacts(
      entry,
      categories,
      textConstruct(entry, 'rights') ?? facts.rights,
      link,
    ),
  };
};

const authorsOf = (parent: XmlElement): string[] =>
  distinct(atom(parent, 'author').map((author) => childText(author, 'name', 'atom:name')));

/** The `alternate` link (a link without `rel` is one): the entry's web page. */
const alternateLink = (parent: XmlElement): string | undefined => {
  const links = atom(parent, 'link');
  const alternate = links.find((link) => (xmlAttr(link, 'rel') ?? 'alternate') === 'alternate');
  return xmlAttr(alternate, 'href');
};

const datesOf = (entry: XmlElement): DateCandidate[] => {
  const date = (kind: DateCandidate['kind'], name: string): DateCandidate[] =>
    // 'meta': like a page's <meta> dates, a field the publisher's software states.
    childTexts(entry, name, `atom:${name}`).map((value) => ({ value, source: 'meta', kind }));
  const published = [...date('published', 'published'), ...date('published', 'issued')];
  const updated = date('modified', 'updated');
  // Without `published`, the last update is the best estimate of publication (as for wire items).
  const fallback =
    published.length > 0 ? [] : updated.map((d) => ({ ...d, kind: 'published' as const }));
  return [...published, ...fallback, ...updated, ...date('modified', 'modified')];
};

/** The entry's `content`, else its `summary` (content given by `src` has no text here). */
const bodyOf = (entry: XmlElement): DocumentSection[] => {
  for (const element of [...atom(entry, 'content'), ...atom(entry, 'summary')]) {
    const type = fragmentType(element);
    if (type === undefined || xmlAttr(element, 'src')) continue;
    const sections = fragmentSections(innerMarkup(element), type);
    if (sections.length > 0) return sections;
  }
  return [];
};

/** A text construct's plain text (`<title type="html">` holds escaped markup). */
const textConstruct = (parent: XmlElement, name: string): string | undefined => {
  const element = atom(parent, name)[0];
  const type = element && fragmentType(element);
  if (!element || type === undefined) return undefined;
  return fragmentText(innerMarkup(element), type) || undefined;
};

/**
 * How a text construct is written. No `type` means text by the RFC, but feeds that
 * escape HTML without saying so are common, so it is looked at (`auto`). Media types
 * other than text and XML name content that is not prose (undefined: not read).
 */
const fragmentType = (element: XmlElement): FragmentType | undefined => {
  const type = xmlAttr(element, 'type')?.toLowerCase();
  if (type === undefined) return 'auto';
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type.endsWith('+xml')) {
    return 'html';
  }
  return type.startsWith('text/') ? 'text' : undefined;
};
