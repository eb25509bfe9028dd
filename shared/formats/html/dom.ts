import { spendWork } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import {
  charsIn,
  findElement,
  findElements,
  gatherElements,
  isMarkupElement,
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

export const isElement: (node: HtmlNode) => node is HtmlElement = isMarkupElement;

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

/** A document's elements by name, and the nodes a walk of the whole document visits. */
interface NameIndex {
  byName: Map<string, HtmlElement[]>;
  visited: number;
}

/**
 * Each parsed document's name index, gathered in one walk on its first search by name: a
 * page is searched for a dozen names (meta, link, script, time, headings...), each a
 * walk of the whole tree. Trees are never changed once parsed, so the index stays true.
 */
const nameIndexes = new WeakMap<HtmlDocument, NameIndex>();

const nameIndexOf = (document: HtmlDocument): NameIndex => {
  const known = nameIndexes.get(document);
  if (known) return known;
  const { elements, visited } = gatherElements(document.children);
  const byName = new Map<string, HtmlElement[]>();
  for (const element of elements) {
    const named = byName.get(element.name);
    if (named) named.push(element);
    else byName.set(element.name, [element]);
  }
  const index = { byName, visited };
  nameIndexes.set(document, index);
  return index;
};

/**
 * All elements named `name` under `root`, in document order. A whole document's search
 * is answered from its name index, and charged the walk it stands for.
 */
export const elementsNamed = (root: HtmlDocument | HtmlElement, name: string): HtmlElement[] => {
  if (root.type !== 'root')
    return findElements((element) => element.name === name, root.children, 'html-search');
  const { byName, visited } = nameIndexOf(root);
  spendWork(visited, 'html-search');
  return [...(byName.get(name) ?? [])];
};

export const firstNamed = (
  root: HtmlDocument | HtmlElement,
  name: string,
): HtmlElement | undefined =>
  findElement((element) => element.name === name, root.children, 'html-search');
