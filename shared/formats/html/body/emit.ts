import { type DocumentSection, withTypedBlocksOnly } from '../../document.ts';
import { type HtmlElement, type HtmlNode, isElement, textOf } from '../dom.ts';
import { isInline, linkDensity, type NodeStats, type StatsMap } from './node-stats.ts';
import {
  embeddedPost,
  embeddedPostIn,
  figureCaption,
  isDataTable,
  isEmbeddedPost,
  rowCells,
  webAddress,
} from './structure.ts';
import { INLINE_TAGS } from './tags.ts';
import { isProductBox, readMark } from './vocabulary.ts';
import { type ContainerStart, Writer } from './writer.ts';

/**
 * Turns the chosen elements into sections: every block edge ends a paragraph (so `<div>`
 * paragraphs, list items and table rows read as paragraphs, like `<p>`), `<h2>`-`<h6>`
 * start sections, and link-heavy blocks and lines (menus, "related" lists) are dropped.
 * Lists, data tables and block quotes also become typed blocks, figures leave their
 * caption, and an embedded social post inside a skipped widget is kept as a quote.
 */

/** A block more than half links is a menu or a list of other stories. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Readability's exception: a block with this many commas holds prose, however many links. */
const MIN_PROSE_COMMAS = 10;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Containers judged as a whole before their text is read. */
const CLEANED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'center']);
/** Table cells continue their row: a row is one paragraph. */
const CELLS = new Set(['td', 'th']);

export interface Emitted {
  sections: DocumentSection[];
  chars: number;
  /** Paragraphs from a `<p>` or reading as prose without one: a page without any needs longer text to count. */
  fromParagraphs: number;
}

/** The typed block a structural element opens, if any. */
const containerOf = (element: HtmlElement): ContainerStart | undefined => {
  if (element.name === 'ul' || element.name === 'ol') {
    return { kind: 'list', ordered: element.name === 'ol' };
  }
  if (element.name === 'table') return isDataTable(element) ? { kind: 'table' } : undefined;
  if (element.name !== 'blockquote') return undefined;
  const cite = webAddress(element.attribs.cite);
  return { kind: 'quote', embed: isEmbeddedPost(element), ...(cite ? { cite } : {}) };
};

/** Skipped by tag or class, yet worth keeping: a figure's caption, an embedded post. */
const keepFromFurniture = (element: HtmlElement, writer: Writer): void => {
  if (!EMBED_HOLDERS.has(element.name) || readMark(element) === 'discussion') return;
  const post = embeddedPostIn(element);
  if (post !== undefined) {
    const { text, cite } = embeddedPost(post);
    if (text !== '') writer.embed(text, cite);
    return;
  }
  if (element.name !== 'figure' && element.name !== 'figcaption') return;
  const caption = figureCaption(element);
  if (caption !== undefined) writer.aside({ type: 'figure', ...caption });
};

/**
 * Widgets that hold embed codes (a `<figure class="wp-block-embed">`, a `<div
 * class="embed">`): page regions (nav, aside, header, footer) and form controls do not.
 */
const EMBED_HOLDERS = new Set([
  'figure',
  'figcaption',
  'div',
  'section',
  'blockquote',
  'p',
  'span',
]);

const isLinkHeavy = (measured: NodeStats): boolean =>
  linkDensity(measured) > MAX_BLOCK_LINK_DENSITY;

const parentHasText = (element: HtmlElement, stats: StatsMap): boolean => {
  const parent = element.parent;
  return (
    parent !== null && 'attribs' in parent && stats.get(parent as HtmlElement)?.hasText === true
  );
};

export const emitSections = (roots: readonly HtmlElement[], stats: StatsMap): Emitted => {
  const writer = new Writer();
  const visit = (node: HtmlNode, inLink: boolean): void => {
    if (node.type === 'text') {
      writer.text('data' in node ? node.data : '', inLink);
      return;
    }
    if (isElement(node)) visitElement(node, inLink);
  };
  const visitElement = (element: HtmlElement, inLink: boolean): void => {
    const measured = stats.get(element);
    const name = element.name;
    if (measured === undefined || measured.furniture) {
      if (!INLINE_TAGS.has(name)) writer.flush();
      if (!INLINE_TAGS.has(name)) keepFromFurniture(element, writer);
      return;
    }
    if (name === 'br') {
      if (writer.lastWasBreak) writer.flush();
      else writer.text(' ', false);
      writer.lastWasBreak = true;
      return;
    }
    if (isInline(element, measured, parentHasText(element, stats)) || CELLS.has(name)) {
      if (CELLS.has(name)) writer.text(' ', false);
      for (const child of element.children) visit(child, inLink || name === 'a');
      if (CELLS.has(name)) writer.text(' ', false);
      return;
    }
    writer.flush();
    if (name === 'h1') return;
    if (HEADINGS.has(name)) {
      const text = textOf(element);
      if (text !== '' && !isLinkHeavy(measured)) writer.heading(text, Number(name.slice(1)));
      return;
    }
    if (
      CLEANED.has(name) &&
      isLinkHeavy(measured) &&
      measured.commas < MIN_PROSE_COMMAS &&
      // A product box inside the story (name, price, "buy" links) is part of it.
      !isProductBox(element)
    ) {
      return;
    }
    if (name === 'caption') writer.tableCaption(textOf(element));
    const container = containerOf(element);
    if (container) writer.open(container);
    if (name === 'tr') {
      const { cells, header } = rowCells(element);
      writer.row(cells, header);
    }
    const paragraph = name === 'p';
    if (paragraph) writer.enterParagraph();
    for (const child of element.children) visit(child, inLink);
    writer.flush();
    if (paragraph) writer.leaveParagraph();
    if (container) writer.close();
  };
  for (const root of roots) visitElement(root, false);
  writer.flush();
  return {
    sections: writer.sections
      .filter((section) => section.paragraphs.length > 0)
      .map(withTypedBlocksOnly),
    chars: writer.chars,
    fromParagraphs: writer.fromParagraphs,
  };
};
