import { collapseSpaces } from './decode.ts';
import type { DocumentSection } from './document.ts';
import {
  elementsNamed,
  firstNamed,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
  textOf,
} from './html-dom.ts';

/**
 * The article body of an HTML page: `<p>` paragraphs and `<h2>`-`<h6>` section headings
 * inside `<article>` (the one with the most paragraph text) or `<main>`, else `<body>`,
 * skipping page furniture. This is the seam for real main-body extraction (issue 3):
 * replace this module, keep its signature.
 */
export const extractHtmlBody = (document: HtmlDocument): DocumentSection[] => {
  const container = chooseContainer(document);
  const sections: DocumentSection[] = [{ heading: null, paragraphs: [] }];
  walk(container, sections);
  const found = sections.filter((section) => section.paragraphs.length > 0);
  if (found.length > 0) return found;
  const blocks = textBlocks(container);
  return blocks.length > 0 ? [{ heading: null, paragraphs: blocks }] : [];
};

/** Page furniture and non-prose: never article paragraphs. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'figure',
  'figcaption',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
]);
/** Elements whose edges end a run of text, for pages that do not use `<p>`. */
const BLOCK_EDGES = new Set([
  'br',
  'div',
  'section',
  'li',
  'ul',
  'ol',
  'td',
  'th',
  'tr',
  'table',
  'dd',
  'dt',
  'dl',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'center',
  'main',
  'article',
  'span',
]);
/**
 * Shortest run of text taken as a paragraph when a page has no `<p>`: shorter runs are
 * menus, labels and buttons.
 */
const MIN_FALLBACK_PARAGRAPH_CHARS = 80;

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

const chooseContainer = (document: HtmlDocument): HtmlDocument | HtmlElement => {
  const articles = elementsNamed(document, 'article');
  if (articles.length > 0) return mostParagraphText(articles);
  return firstNamed(document, 'main') ?? firstNamed(document, 'body') ?? document;
};

const mostParagraphText = (candidates: readonly HtmlElement[]): HtmlElement => {
  const sized = candidates.map((element) => ({
    element,
    chars: elementsNamed(element, 'p').reduce((sum, p) => sum + textOf(p).length, 0),
  }));
  return sized.reduce((best, next) => (next.chars > best.chars ? next : best)).element;
};

const walk = (root: HtmlDocument | HtmlElement, sections: DocumentSection[]): void => {
  for (const node of root.children) visit(node, sections);
};

const visit = (node: HtmlNode, sections: DocumentSection[]): void => {
  if (!isElement(node) || SKIPPED.has(node.name)) return;
  if (node.name === 'p') {
    const text = textOf(node);
    if (text !== '') sections.at(-1)?.paragraphs.push(text);
  } else if (SECTION_HEADINGS.has(node.name)) {
    const heading = textOf(node);
    if (heading !== '') sections.push({ heading, paragraphs: [] });
  } else {
    walk(node, sections);
  }
};

/** Fallback for pages without `<p>`: runs of text between block edges, long ones only. */
const textBlocks = (root: HtmlDocument | HtmlElement): string[] => {
  const runs: string[] = [''];
  const collect = (node: HtmlNode): void => {
    if (node.type === 'text' && 'data' in node) {
      runs[runs.length - 1] += node.data;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    const edge = BLOCK_EDGES.has(node.name);
    if (edge) runs.push('');
    for (const child of node.children) collect(child);
    if (edge) runs.push('');
  };
  for (const node of root.children) collect(node);
  return runs
    .map((run) => collapseSpaces(run))
    .filter((run) => run.length >= MIN_FALLBACK_PARAGRAPH_CHARS);
};
