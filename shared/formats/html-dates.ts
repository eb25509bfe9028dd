import { DomUtils } from 'htmlparser2';
import { findDateInText, frequentDates } from '../extract/date-text.ts';
import { collapseSpaces } from './decode.ts';
import type { DateCandidate } from './document.ts';
import { inCommentThread } from './html-comments.ts';
import {
  attr,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
  textOf,
} from './html-dom.ts';

/**
 * Dates a page shows rather than marks up, the way htmldate reads them: first the text
 * of elements whose class, id or itemprop says they hold a date (`post-date`,
 * `entry-meta`, `byline`, `datum`...), then the first date in the text that follows the
 * headline. Values come out as `YYYY-MM-DD` with source `text`.
 */
export const readTextDates = (document: HtmlDocument, languageHint?: string): DateCandidate[] => {
  const options = { dayFirst: !US_LANGUAGE.test(languageHint ?? '') };
  const hinted = dateElements(document);
  const dates: DateCandidate[] = [];
  for (const element of hinted) {
    const text = shortTextOf(element) ?? '';
    if (text === '' || text.length > MAX_DATE_ELEMENT_CHARS) continue;
    const found = findDateInText(text, options);
    if (!found) continue;
    dates.push({ value: found.date, source: 'text', kind: kindOf(text, element) });
    if (dates.length >= MAX_CANDIDATES) break;
  }
  const afterHeadline = headlineText(document);
  const found = afterHeadline ? findDateInText(afterHeadline, options) : null;
  if (found) dates.push({ value: found.date, source: 'text', kind: 'published' });
  if (dates.length > 0) return dates;
  return frequentDates(pageText(document), options, MAX_PAGE_DATES).map((value) => ({
    value,
    source: 'text',
    kind: 'published',
  }));
};

/** Page-wide dates offered when nothing names one: the likeliest few, in order. */
const MAX_PAGE_DATES = 3;
/** How much of the page's text is searched for dates: headers and the article's top. */
const MAX_PAGE_TEXT_CHARS = 30_000;

const pageText = (document: HtmlDocument): string => {
  const body = DomUtils.findOne((element) => element.name === 'body', document.children);
  return textOf(body ?? document).slice(0, MAX_PAGE_TEXT_CHARS);
};

/** Pages in US English write `04/05/2020` month first; everyone else day first. */
const US_LANGUAGE = /^en(?:-us)?$/i;
/** Date labels are short; a long text is a paragraph that happens to carry the class. */
const MAX_DATE_ELEMENT_CHARS = 160;
/** Enough candidates for published and modified; more costs time for nothing. */
const MAX_CANDIDATES = 6;
/** How much text after the headline is searched: the byline and dateline sit right there. */
const MAX_HEADLINE_TEXT_CHARS = 1500;

const DATE_HINT =
  /date|time|publi|posted|byline|meta|dateline|datum|fecha|data|zeit|entry-info|article-info/i;
/** Furniture whose class merely contains a date word: timers, timelines, metadata menus. */
const NOT_A_DATE = /timeline|timer|timezone|runtime|metadata-nav|update-time/i;
const MODIFIED = /updat|aktualisiert|modifi|actualiz|mis à jour|bijgewerkt|editado/i;
const PUBLISHED = /publi|veröffentlicht|erschienen|posted/i;

const isDateElement = (element: HtmlElement): boolean => {
  if (element.name === 'abbr' || (element.name === 'time' && !element.attribs.datetime)) {
    return true;
  }
  const { class: className, id, itemprop } = element.attribs;
  if (className === undefined && id === undefined && itemprop === undefined) return false;
  const hint = `${className ?? ''} ${id ?? ''} ${itemprop ?? ''}`;
  return DATE_HINT.test(hint) && !NOT_A_DATE.test(hint);
};

/**
 * The element's text (or `title`, for `<abbr title>`), or null when it is longer than a
 * date label: the walk stops early, so big containers that carry a date class cost little.
 */
const shortTextOf = (element: HtmlElement): string | null => {
  let raw = '';
  const stack: HtmlNode[] = [...element.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text' && 'data' in node) raw += ` ${node.data}`;
    if (raw.length > MAX_RAW_CHARS) return null;
    if (isElement(node) && !NO_TEXT.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i -= 1)
        stack.push(node.children[i] as HtmlNode);
    }
  }
  return collapseSpaces(raw) || (attr(element, 'title') ?? null);
};

/** Raw text (with the markup's indentation) read before a label is judged too long. */
const MAX_RAW_CHARS = MAX_DATE_ELEMENT_CHARS * 4;

const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/** Date-labelled elements in document order, outside scripts and the `<head>`. */
const dateElements = (document: HtmlDocument): HtmlElement[] =>
  DomUtils.findAll(
    (element) =>
      !NO_TEXT.has(element.name) &&
      isDateElement(element) &&
      !inNoText(element) &&
      !inCommentThread(element),
    document.children,
  );

const inNoText = (element: HtmlElement): boolean => {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if ('name' in parent && NO_TEXT.has(parent.name)) return true;
  }
  return false;
};

const kindOf = (text: string, element: HtmlElement): DateCandidate['kind'] => {
  const label = `${text} ${element.attribs.class ?? ''}`;
  return MODIFIED.test(label) && !PUBLISHED.test(label) ? 'modified' : 'published';
};

/**
 * The text from the first `<h1>` on, in document order, up to a bound: the walk moves
 * to next siblings and then up, so it reads only as much of the page as it keeps.
 */
const headlineText = (document: HtmlDocument): string | null => {
  const h1 = DomUtils.findOne((element) => element.name === 'h1', document.children);
  if (!h1) return null;
  const parts: string[] = [];
  let length = 0;
  const keep = (node: HtmlNode): boolean => {
    const text = isElement(node) && NO_TEXT.has(node.name) ? '' : textOf(node);
    parts.push(text);
    length += text.length + 1;
    return length < MAX_HEADLINE_TEXT_CHARS;
  };
  let node: HtmlNode | null = h1;
  while (node && keep(node)) node = nextInOrder(node);
  return parts.join(' ').slice(0, MAX_HEADLINE_TEXT_CHARS);
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
