import { activeLimits } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import { collectItems, type FoundItem, tooManyItems } from '../items-list.ts';
import { childrenQualified, type XmlElement, xmlText } from '../markup/index.ts';
import { type ReadResult, rejected } from '../read-result.ts';

/** What RSS and Atom items share: the feed's own facts, the item loop and its limits. */

/** Facts of the whole feed that an item without its own falls back to. */
export interface FeedFacts {
  /** The channel's or feed's title: the publisher of items that name none. */
  title?: string;
  language?: string;
  /** Atom: the feed's `author`s, which entries without one inherit. */
  authors: string[];
  /** The feed's rights statement (RSS `copyright`, `dc:rights`, Atom `rights`). */
  rights?: string;
}

export interface FeedWords {
  /** "The RSS feed", for details about the whole file. */
  feed: string;
  /** "items", "entries". */
  items: string;
}

/**
 * Reads each item element into a found item; no items at all is `no-article`, more
 * than the limit is `too-large` before any item is read (a 10k-item feed costs the XML
 * parse only).
 */
export const readFeedItems = (
  elements: readonly XmlElement[],
  words: FeedWords,
  readItem: (element: XmlElement) => FoundItem,
): ReadResult => {
  if (elements.length === 0) return noItems(words);
  if (elements.length > activeLimits().maxItemsPerObject)
    return tooManyItems(elements.length, words.feed);
  return collectItems(elements.map(readItem), words.feed);
};

export const noItems = (words: FeedWords): ReadResult =>
  rejected('no-article', `${words.feed} holds no ${words.items}.`);

/** The one-line text of the first direct child with one of the qualified names. */
export const childText = (parent: XmlElement, ...names: string[]): string | undefined =>
  xmlText(childrenQualified(parent, ...names)[0]) || undefined;

/** The one-line texts of all direct children with one of the qualified names. */
export const childTexts = (parent: XmlElement, ...names: string[]): string[] =>
  childrenQualified(parent, ...names)
    .map((child) => xmlText(child))
    .filter(Boolean);

const EMAIL_WITH_NAME = /^\S+@\S+\s*\(([^)]+)\)$/;
const NAME_WITH_EMAIL = /^([^<]+?)\s*<\S+@\S+>$/;
const BARE_EMAIL = /^\S+@\S+$/;

/**
 * A person from an RSS `author` (`jo@example.com (Jo Park)`, the form the spec asks for,
 * or `Jo Park <jo@...>`, or a bare name). A bare address names no one and is dropped.
 */
export const authorName = (value: string): string | undefined => {
  const text = collapseSpaces(value);
  const name = text.match(EMAIL_WITH_NAME)?.[1] ?? text.match(NAME_WITH_EMAIL)?.[1];
  if (name) return collapseSpaces(name);
  return BARE_EMAIL.test(text) || text === '' ? undefined : text;
};

const HTTP_URL = /^https?:\/\//i;

/** A link as an absolute URL: relative ones resolved against `base` when there is one. */
export const absoluteUrl = (
  href: string | undefined,
  base: string | undefined,
): string | undefined => {
  if (!href) return undefined;
  if (HTTP_URL.test(href) || !base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
};

export const isHttpUrl = (value: string | undefined): value is string =>
  value !== undefined && HTTP_URL.test(value);
