import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseSpaces } from './decode.ts';
import { MalformedInputError } from './malformed.ts';

/** The small DOM toolkit the HTML modules share, on htmlparser2's DOM (domhandler). */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];
export type HtmlNode = HtmlDocument['children'][number];

/**
 * Deepest element nesting read. Real pages stay under about 100 levels; deeper is a
 * generated or hostile page, and the recursive walks here and in domutils would run out
 * of stack on it.
 */
const MAX_HTML_DEPTH = 400;

/** Parses HTML; throws `MalformedInputError` when elements nest deeper than the limit. */
export const parseHtmlDocument = (html: string): HtmlDocument => {
  const document = parseDocument(html);
  const depth = maxDepth(document);
  if (depth > MAX_HTML_DEPTH) {
    throw new MalformedInputError(
      `The HTML nests elements ${depth} levels deep; the limit is ${MAX_HTML_DEPTH}.`,
    );
  }
  return document;
};

/** Nesting depth without recursion (the point is to survive inputs that would overflow). */
const maxDepth = (document: HtmlDocument): number => {
  let deepest = 0;
  const stack: Array<{ node: HtmlNode; depth: number }> = document.children.map((node) => ({
    node,
    depth: 1,
  }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    deepest = Math.max(deepest, item.depth);
    if (isElement(item.node)) {
      for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 });
    }
  }
  return deepest;
};

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

/** Visible text of a node, one line: `<br>` and block boundaries become spaces. */
export const textOf = (node: HtmlNode): string => collapseSpaces(rawText(node));

const rawText = (node: HtmlNode): string => {
  if (node.type === 'text') return 'data' in node ? node.data : '';
  if (!isElement(node)) return '';
  if (NO_TEXT.has(node.name)) return '';
  const inner = node.children.map(rawText).join('');
  return BREAKING.has(node.name) ? ` ${inner} ` : inner;
};

export const attr = (element: HtmlElement, name: string): string | undefined => {
  const value = element.attribs[name];
  return value === undefined ? undefined : collapseSpaces(value) || undefined;
};

/** All elements named `name` under `root`, in document order. */
export const elementsNamed = (root: HtmlDocument | HtmlElement, name: string): HtmlElement[] =>
  DomUtils.findAll((element) => element.name === name, root.children);

export const firstNamed = (
  root: HtmlDocument | HtmlElement,
  name: string,
): HtmlElement | undefined =>
  DomUtils.findOne((element) => element.name === name, root.children) ?? undefined;
