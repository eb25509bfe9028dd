import { spendWork } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import {
  charsIn,
  findElement,
  findElements,
  joinCollapsed,
  type MarkupDocument,
  parseMarkup,
} from '../markup/index.ts';

/** The small DOM toolkit the HTML modules share, on htmlparser2's DOM (domhandler). */
export type HtmlDocument = MarkupDocument;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: unknown }>;

/**
 * Parses HTML; throws `TooDeepError` as soon as elements nest deeper than
 * `maxNestingDepth` (real pages stay under about 100 levels; the recursive walks here
 * would run out of stack on a deeper one).
 */
export const parseHtmlDocument = (html: string): HtmlDocument =>
  parseMarkup(html, { xmlMode: false });

const ELEMENT_TYPES = new Set(['tag', 'script', 'style']);

export const isElement = (node: HtmlNode): node is HtmlElement => ELEMENT_TYPES.has(node.type);

/** Elements that end a line of text: their boundaries read as a space. */
const BREAKING = new Set([
  'br',
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * Visible text of a node, one line: `<br>` and block boundaries become spaces. Charged
 * to the work budget before it is joined: nodes visited plus twice the characters
 * (gathered, then collapsed). Asked of every level of a deeply nested page, text is
 * amplified (each level repeats its descendants'), and that must run out of budget.
 */
export const textOf = (node: HtmlNode): string => {
  const parts: string[] = [];
  const visited = appendText(node, parts);
  spendWork(visited + 2 * charsIn(parts), 'html-text');
  return joinCollapsed(parts);
};

/** Appends the text under `node` to `parts`; returns the number of nodes visited. */
const appendText = (node: HtmlNode, parts: string[]): number => {
  if (node.type === 'text') {
    if ('data' in node) parts.push(node.data);
    return 1;
  }
  if (!isElement(node) || NO_TEXT.has(node.name)) return 1;
  const breaking = BREAKING.has(node.name);
  if (breaking) parts.push(' ');
  let visited = 1;
  for (const child of node.children) visited += appendText(child, parts);
  if (breaking) parts.push(' ');
  return visited;
};

export const attr = (element: HtmlElement, name: string): string | undefined => {
  const value = element.attribs[name];
  return value === undefined ? undefined : collapseSpaces(value) || undefined;
};

/** All elements named `name` under `root`, in document order. */
export const elementsNamed = (root: HtmlDocument | HtmlElement, name: string): HtmlElement[] =>
  findElements((element) => element.name === name, root.children, 'html-search');

export const firstNamed = (
  root: HtmlDocument | HtmlElement,
  name: string,
): HtmlElement | undefined =>
  findElement((element) => element.name === name, root.children, 'html-search');
