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
  const sections: DocumentSection[] = [{ heading: null, paragraphs: [] }];
  walk(chooseContainer(document), sections);
  return sections.filter((section) => section.paragraphs.length > 0);
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
