import { spendWork } from '../../domain/work-budget.ts';
import { type DateTextOptions, findDateInText } from '../../text/date-text.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import type { DateCandidate } from '../document.ts';
import { findElement } from '../markup/index.ts';
import { dateElementsIn, readDateElement } from './date-elements.ts';
import { dateLineIn } from './date-line.ts';
import {
  foreignNearHeadline,
  holdsForeignContent,
  NO_TEXT,
  opensQuotedPost,
} from './date-regions.ts';
import { type HtmlDocument, type HtmlElement, type HtmlNode, isElement, textOf } from './dom.ts';
import { findHeadline } from './headline.ts';
import { inTeaserCard, isTeaserCard, isTitleLink } from './teaser-card.ts';

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
  /**
   * With no date element shown there, the first date on a short line of the header's text
   * within `SHOWN_DATE_CHARS` of the headline (see `dateLineIn`): shown too, but plain
   * text, so it only checks the `<time>`s (see `reconcileShownDate`).
   */
  shownInText: DateCandidate | null;
  /** The headline the header was read around (see `findHeadline`), or null. */
  headline: HtmlElement | null;
}

export const readHeaderDates = (document: HtmlDocument, options: DateTextOptions): HeaderDates => {
  const headline = findHeadline(document);
  if (!headline) {
    return {
      elements: [],
      text: null,
      seen: new Set(),
      shown: null,
      shownInText: null,
      headline: null,
    };
  }
  const isForeign = foreignNearHeadline(headline);
  const isOthers = (node: HtmlNode) =>
    isForeign(node) || (isElement(node) && inTeaserCard(node, headline));
  const { nodes, offsets, text } = headerNodes(headline, isForeign, { skipCards: true });
  const seen = new Set<HtmlElement>();
  const elements: DateCandidate[] = [];
  let shown: DateCandidate | null = null;
  nodes.forEach((node, index) => {
    for (const element of dateElementsIn([node], isOthers)) {
      seen.add(element);
      const read = readDateElement(element, options);
      if (!read) continue;
      const isShown = !shown && (offsets[index] ?? Number.POSITIVE_INFINITY) <= SHOWN_DATE_CHARS;
      const date: DateCandidate = isShown ? { ...read, byHeadline: true } : read;
      elements.push(date);
      if (isShown) shown = date;
    }
  });
  const found = findDateInText(text, options);
  const textDate: DateCandidate | null = found
    ? { value: found.date, source: 'text', kind: 'published' }
    : null;
  const zone = nodes.filter(
    (node, index) =>
      node !== headline && (offsets[index] ?? Number.POSITIVE_INFINITY) <= SHOWN_DATE_CHARS,
  );
  const line = shown ? null : dateLineIn(zone, options);
  const shownInText: DateCandidate | null = line && { ...line, byHeadline: true };
  return { elements, text: textDate, seen, shown, shownInText, headline };
};

/** A date this close after the headline's start is the byline's (headline, dek, byline). */
const SHOWN_DATE_CHARS = 500;

/** How much text after the headline is read: the byline and dateline sit right there. */
const MAX_HEADER_TEXT_CHARS = 1500;
/** A kicker line above the headline (`02.02.2022 10:16 - Bundesliga`) is this short. */
const MAX_KICKER_CHARS = 200;

/** Steps of the walk (nodes taken or entered): the header is a few dozen nodes. */
const MAX_HEADER_STEPS = 400;
/** A subtree of more nodes than this is entered rather than taken whole. */
const MAX_TAKEN_NODES = 200;

/**
 * The kicker just before the headline (when short), the headline and what follows it in
 * document order up to the bound: next siblings, then up; a node longer than what is
 * left (in text or in nodes) is entered rather than taken whole, so the header ends where
 * its text does. Bounded in steps, and every node it looks at is charged to the budget.
 */
export const headerNodes = (
  headline: HtmlElement,
  isForeign: (node: HtmlNode) => boolean = holdsForeignContent,
  { skipCards = false }: { skipCards?: boolean } = {},
): { nodes: HtmlNode[]; offsets: number[]; text: string } => {
  const nodes: HtmlNode[] = [];
  /** Where each node's text starts in the header's text. */
  const offsets: number[] = [];
  const texts: string[] = [];
  let length = 0;
  const take = (node: HtmlNode, text: string) => {
    // Related links, a sidebar or the site's navigation by the headline date other texts.
    if (isForeign(node)) return;
    nodes.push(node);
    offsets.push(length);
    texts.push(text);
    length += text.length + 1;
  };
  const kicker = previousElement(headline);
  // Raw text carries the markup's indentation: judge it loosely, then the text exactly.
  if (kicker && !exceedsBounds(kicker, MAX_KICKER_CHARS * 4)) {
    const kickerText = visibleText(kicker);
    if (kickerText.length <= MAX_KICKER_CHARS) take(kicker, kickerText);
  }
  let steps = 0;
  for (let node: HtmlNode | null = headline; node && length < MAX_HEADER_TEXT_CHARS; ) {
    steps += 1;
    if (steps > MAX_HEADER_STEPS) break;
    const first = isElement(node) ? node.children[0] : undefined;
    // A teaser card under the byline (`More on this`: title, date) dates another story:
    // a block holding a story's title link is entered, and the card in it is passed over.
    // Raw text is never shorter than the collapsed text, so this only ever enters early.
    const block = first && measureBlock(node, MAX_HEADER_TEXT_CHARS - length, skipCards);
    const titled = block === 'titled' && node !== headline;
    if (titled && isTeaserCard(node as HtmlElement, headline)) {
      node = nextInOrder(node);
      continue;
    }
    if (block === 'big' || titled) {
      node = first as HtmlNode;
      continue;
    }
    take(node, visibleText(node));
    node = nextInOrder(node);
  }
  spendWork(steps, 'html-header');
  return { nodes, offsets, text: texts.join(' ').slice(0, MAX_HEADER_TEXT_CHARS) };
};

/**
 * Whether a node's raw text runs past `limit` or its subtree past `MAX_TAKEN_NODES`
 * nodes; the walk stops as soon as it does, and what it visited is charged.
 */
const exceedsBounds = (node: HtmlNode, limit: number): boolean =>
  measureBlock(node, limit) === 'big';

/**
 * `big` when a node's raw text runs past `limit` or its subtree past `MAX_TAKEN_NODES`
 * nodes (the walk stops as soon as it does, and what it visited is charged); else
 * `titled` when it holds a story's title link (asked only with `titles`), else `small`.
 */
const measureBlock = (
  node: HtmlNode,
  limit: number,
  titles = false,
): 'big' | 'titled' | 'small' => {
  let length = 0;
  let visited = 0;
  let titled = false;
  const stack: HtmlNode[] = [node];
  const done = (result: 'big' | 'titled' | 'small') => {
    spendWork(visited + length, 'html-header');
    return result;
  };
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    visited += 1;
    if (current.type === 'text' && 'data' in current) length += current.data.length;
    if (length > limit || visited > MAX_TAKEN_NODES) return done('big');
    if (!isElement(current) || NO_TEXT.has(current.name)) continue;
    // Nodes pending count against the allowance: a huge flat list is judged unread.
    if (current.children.length > MAX_TAKEN_NODES - visited - stack.length) return done('big');
    if (titles && !titled && current.name === 'a') titled = isTitleLink(current);
    for (const child of current.children) stack.push(child as HtmlNode);
  }
  return done(titled ? 'titled' : 'small');
};

const visibleText = (node: HtmlNode): string => {
  if (!isElement(node)) return textOf(node);
  if (NO_TEXT.has(node.name) || opensQuotedPost(node)) return '';
  // A block taken whole may hold an embedded post: its text, and its date, are the post's.
  if (!findElement(opensQuotedPost, [node], 'html-header')) return textOf(node);
  return collapseSpaces(node.children.map((child) => visibleText(child as HtmlNode)).join(' '));
};

/** Text and comment nodes between the kicker and the headline: whitespace, a few. */
const MAX_SIBLINGS_BACK = 20;

const previousElement = (node: HtmlNode): HtmlElement | null => {
  let steps = 0;
  for (let current = node.prev; current && steps < MAX_SIBLINGS_BACK; current = current.prev) {
    steps += 1;
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
