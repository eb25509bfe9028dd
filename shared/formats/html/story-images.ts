import { spendWork } from '../../domain/work-budget.ts';
import type { DocumentSection, StatedImage } from '../document.ts';
import { findElement, findElements } from '../markup/index.ts';
import { figureCaption } from './body/structure.ts';
import { attr, elementsNamed, type HtmlDocument, type HtmlElement, textOf } from './dom.ts';
import { resolved } from './page-links.ts';

/**
 * The pictures of the story and its writing direction, read from the element that holds
 * the extracted body: the nearest common ancestor of the `<p>`s that carry its first and
 * last paragraphs (else the page's `<article>`, `itemprop=articleBody` or `<main>`).
 */
export const storyPictures = (
  document: HtmlDocument,
  sections: readonly DocumentSection[],
  base: string | undefined,
): { images: StatedImage[]; direction?: string } => {
  const container = storyContainer(document, sections);
  const direction = container ? directionAt(container) : directionAt(rootElement(document));
  const images = container ? imagesIn(container, base) : [];
  return { images, ...(direction ? { direction } : {}) };
};

/** `<img>`s looked at, at most: a story shows a few dozen; the rest is a gallery or a feed. */
const MAX_IMAGE_ELEMENTS = 200;
/** Pictures reported, at most (the record keeps 20; a few spare for ones dropped there). */
const MAX_IMAGES = 24;
/** A side this small is a tracking pixel or a spacer, not a picture. */
const MAX_PIXEL_SIDE = 2;
/** A paragraph shorter than this matches too many elements to locate the story by. */
const MIN_MATCH_CHARS = 20;
/** Lazy-loading scripts keep the real address here and a placeholder in `src`. */
const SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'src'];
const SRCSET_FIRST = /^\s*(\S+)/;
const DATA_URI = /^\s*data:/i;

const imagesIn = (container: HtmlElement, base: string | undefined): StatedImage[] => {
  const found: StatedImage[] = [];
  const elements = findElements(
    (element) => element.name === 'img',
    container.children,
    'html-images',
  );
  for (const image of elements.slice(0, MAX_IMAGE_ELEMENTS)) {
    const url = imageUrl(image);
    if (url === undefined || isPixel(image)) continue;
    const figure = enclosingFigure(image, container);
    const caption = figure ? figureCaption(figure) : undefined;
    found.push({ url: resolved(url, base), ...caption });
    if (found.length >= MAX_IMAGES) break;
  }
  return found;
};

const imageUrl = (image: HtmlElement): string | undefined => {
  for (const name of SOURCE_ATTRIBUTES) {
    const value = attr(image, name);
    if (value && !DATA_URI.test(value)) return value;
  }
  const srcset = attr(image, 'srcset') ?? attr(image, 'data-srcset');
  const first = srcset?.match(SRCSET_FIRST)?.[1];
  return first && !DATA_URI.test(first) ? first : undefined;
};

const isPixel = (image: HtmlElement): boolean =>
  ['width', 'height'].some((side) => {
    const value = Number.parseInt(attr(image, side) ?? '', 10);
    return Number.isFinite(value) && value <= MAX_PIXEL_SIDE;
  });

/** The `<figure>` around an image, up to the story's container. */
const enclosingFigure = (image: HtmlElement, container: HtmlElement): HtmlElement | undefined => {
  for (let node = image.parent; node && node !== container; node = node.parent) {
    spendWork(1, 'html-images');
    if ('name' in node && node.name === 'figure') return node as HtmlElement;
  }
  return undefined;
};

/** The nearest `dir` (`rtl`, `ltr`) on the element or an ancestor, `<html>` included. */
const directionAt = (element: HtmlElement | undefined): string | undefined => {
  for (let node = element; node; node = (node.parent as HtmlElement | null) ?? undefined) {
    spendWork(1, 'html-direction');
    const dir = node.attribs ? attr(node, 'dir')?.toLowerCase() : undefined;
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return undefined;
};

const rootElement = (document: HtmlDocument): HtmlElement | undefined =>
  findElement((element) => element.name === 'body', document.children, 'html-direction') ??
  findElement((element) => element.name === 'html', document.children, 'html-direction');

/** Where the story is: see `storyPictures`. */
const storyContainer = (
  document: HtmlDocument,
  sections: readonly DocumentSection[],
): HtmlElement | undefined => {
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const firstText = paragraphs.find((text) => text.length >= MIN_MATCH_CHARS);
  const lastText = paragraphs.findLast((text) => text.length >= MIN_MATCH_CHARS);
  const candidates = elementsNamed(document, 'p');
  const first = firstText && candidates.find((p) => holds(p, firstText));
  const last = lastText && candidates.findLast((p) => holds(p, lastText));
  if (first && last) return commonAncestor(first, last);
  return findElement(isMarkedStory, document.children, 'html-images');
};

/** An element whose text is the paragraph (or begins it, when `<br>`s split it). */
const holds = (element: HtmlElement, paragraph: string): boolean => {
  const text = textOf(element);
  return (
    text.length >= MIN_MATCH_CHARS &&
    (text === paragraph || paragraph.startsWith(text) || text.startsWith(paragraph))
  );
};

const commonAncestor = (a: HtmlElement, b: HtmlElement): HtmlElement | undefined => {
  const ancestors = new Set<unknown>();
  for (let node: unknown = a.parent; node; node = (node as HtmlElement).parent) ancestors.add(node);
  spendWork(ancestors.size, 'html-images');
  for (let node = a === b ? a.parent : b.parent; node; node = node.parent) {
    if (ancestors.has(node) && 'attribs' in node) return node as HtmlElement;
  }
  return undefined;
};

/** Markup that names the story's element: HTML5's `<article>`, schema.org's `articleBody`, `<main>`. */
const isMarkedStory = (element: HtmlElement): boolean =>
  element.name === 'article' ||
  element.attribs.itemprop?.toLowerCase() === 'articlebody' ||
  element.name === 'main';
