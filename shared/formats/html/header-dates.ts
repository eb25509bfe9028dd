import { type DateTextOptions, findDateInText } from '../../text/date-text.ts';
import type { DateCandidate } from '../document.ts';
import { dateElementsIn, NO_TEXT, readDateElement } from './date-elements.ts';
import { type HtmlDocument, type HtmlElement, type HtmlNode, isElement, textOf } from './dom.ts';
import { findHeadline } from './headline.ts';

/**
 * The dates the article's header shows: around its headline (see `findHeadline`), where
 * the byline, the dateline and the kicker sit. Date-labelled elements there come first (in order),
 * then the first date written in the header's text. Related-article lists, sidebars and
 * footers lie outside it, so their dates do not compete with the article's own.
 */
export interface HeaderDates {
  /** Dates of date-labelled elements in the header, in document order. */
  elements: DateCandidate[];
  /** The first date in the header's text, labelled or not. */
  text: DateCandidate | null;
  /** The header's date-labelled elements, so the rest of the page can skip them. */
  seen: Set<HtmlElement>;
  /**
   * The date shown right by the headline (a date element starting within
   * `SHOWN_DATE_CHARS` of it): the one the reader takes for the article's date.
   */
  shown: DateCandidate | null;
}

export const readHeaderDates = (document: HtmlDocument, options: DateTextOptions): HeaderDates => {
  const headline = findHeadline(document);
  if (!headline) return { elements: [], text: null, seen: new Set(), shown: null };
  const { nodes, offsets, text } = headerNodes(headline);
  const seen = new Set<HtmlElement>();
  const elements: DateCandidate[] = [];
  let shown: DateCandidate | null = null;
  nodes.forEach((node, index) => {
    for (const element of dateElementsIn([node])) {
      seen.add(element);
      const date = readDateElement(element, options);
      if (!date) continue;
      elements.push(date);
      if (!shown && (offsets[index] ?? Number.POSITIVE_INFINITY) <= SHOWN_DATE_CHARS) shown = date;
    }
  });
  const found = findDateInText(text, options);
  return {
    elements,
    text: found ? { value: found.date, source: 'text', kind: 'published' } : null,
    seen,
    shown,
  };
};

/** A date this close after the headline's start is the byline's (headline, dek, byline). */
const SHOWN_DATE_CHARS = 500;

/** How much text after the headline is read: the byline and dateline sit right there. */
const MAX_HEADER_TEXT_CHARS = 1500;
/** A kicker line above the headline (`02.02.2022 10:16 - Bundesliga`) is this short. */
const MAX_KICKER_CHARS = 200;

/**
 * The kicker just before the headline (when short), the headline and what follows it in
 * document order up to the bound: next siblings, then up; a node longer than what is
 * left is entered rather than taken whole, so the header ends where its text does.
 */
export const headerNodes = (
  headline: HtmlElement,
): { nodes: HtmlNode[]; offsets: number[]; text: string } => {
  const nodes: HtmlNode[] = [];
  /** Where each node's text starts in the header's text. */
  const offsets: number[] = [];
  const texts: string[] = [];
  let length = 0;
  const take = (node: HtmlNode, text: string) => {
    nodes.push(node);
    offsets.push(length);
    texts.push(text);
    length += text.length + 1;
  };
  const kicker = previousElement(headline);
  // Raw text carries the markup's indentation: judge it loosely, then the text exactly.
  if (kicker && !rawTextExceeds(kicker, MAX_KICKER_CHARS * 4)) {
    const kickerText = visibleText(kicker);
    if (kickerText.length <= MAX_KICKER_CHARS) take(kicker, kickerText);
  }
  for (let node: HtmlNode | null = headline; node && length < MAX_HEADER_TEXT_CHARS; ) {
    const first = isElement(node) ? node.children[0] : undefined;
    // Raw text is never shorter than the collapsed text, so this only ever enters early.
    if (first && rawTextExceeds(node, MAX_HEADER_TEXT_CHARS - length)) {
      node = first as HtmlNode;
      continue;
    }
    take(node, visibleText(node));
    node = nextInOrder(node);
  }
  return { nodes, offsets, text: texts.join(' ').slice(0, MAX_HEADER_TEXT_CHARS) };
};

/** Whether a node's raw text runs past `limit`; the walk stops as soon as it does. */
const rawTextExceeds = (node: HtmlNode, limit: number): boolean => {
  let length = 0;
  const stack: HtmlNode[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === 'text' && 'data' in current) length += current.data.length;
    if (length > limit) return true;
    if (isElement(current) && !NO_TEXT.has(current.name)) stack.push(...current.children);
  }
  return false;
};

const visibleText = (node: HtmlNode): string =>
  isElement(node) && NO_TEXT.has(node.name) ? '' : textOf(node);

const previousElement = (node: HtmlNode): HtmlElement | null => {
  for (let current = node.prev; current; current = current.prev) {
    if (isElement(current as HtmlNode)) return current as HtmlElement;
  }
  return null;
};

/** The next node after `node` and its subtree: its next sibling, or an ancestor's. */
const nextInOrder = (node: HtmlNode): HtmlNode | null => {
  for (let current: HtmlNode | null = node; current; current = parentNode(current)) {
    if (current.next) return current.next as HtmlNode;
  }
  return null;
};

const parentNode = (node: HtmlNode): HtmlNode | null => {
  const parent = node.parent;
  return parent && parent.type !== 'root' ? (parent as HtmlNode) : null;
};
