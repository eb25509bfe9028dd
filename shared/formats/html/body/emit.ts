import { spendWork } from '../../../domain/work-budget.ts';
import type { DocumentSection } from '../../document.ts';
import { charsIn, joinCollapsed } from '../../markup/index.ts';
import { type HtmlElement, type HtmlNode, isElement, textOf } from '../dom.ts';
import { isFurnitureLine } from './furniture-lines.ts';
import { isInline, linkDensity, type NodeStats, type StatsMap } from './node-stats.ts';
import { INLINE_TAGS } from './tags.ts';

/**
 * Turns the chosen elements into sections: every block edge ends a paragraph (so `<div>`
 * paragraphs, list items and table rows read as paragraphs, like `<p>`), `<h2>`-`<h6>`
 * start sections, and link-heavy blocks and lines (menus, "related" lists) are dropped.
 */

/** A block more than half links is a menu or a list of other stories. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** A line more than half links is "Read more: ..." or a tag list. */
const MAX_LINE_LINK_DENSITY = 0.65;
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
  /** Paragraphs that came from a `<p>`: a page without any needs longer text to count. */
  fromParagraphs: number;
}

class Writer {
  readonly sections: DocumentSection[] = [{ heading: null, paragraphs: [] }];
  chars = 0;
  fromParagraphs = 0;
  private parts: string[] = [];
  private linkChars = 0;
  private inParagraph = 0;
  private runHasParagraph = false;
  lastWasBreak = false;

  text(data: string, inLink: boolean): void {
    this.parts.push(data);
    if (inLink) this.linkChars += data.length;
    if (this.inParagraph > 0) this.runHasParagraph = true;
    if (data.trim() !== '') this.lastWasBreak = false;
  }

  enterParagraph(): void {
    this.inParagraph += 1;
  }

  leaveParagraph(): void {
    this.inParagraph -= 1;
  }

  flush(): void {
    const rawLength = charsIn(this.parts);
    spendWork(this.parts.length + rawLength, 'html-body-emit');
    const text = joinCollapsed(this.parts);
    const links = this.linkChars;
    const fromParagraph = this.runHasParagraph;
    this.parts = [];
    this.linkChars = 0;
    this.runHasParagraph = false;
    this.lastWasBreak = false;
    if (text === '' || links / Math.max(rawLength, 1) > MAX_LINE_LINK_DENSITY) return;
    if (isFurnitureLine(text)) return;
    this.sections.at(-1)?.paragraphs.push(text);
    this.chars += text.length;
    if (fromParagraph) this.fromParagraphs += 1;
  }

  heading(text: string): void {
    this.flush();
    this.sections.push({ heading: text, paragraphs: [] });
  }
}

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
      if (text !== '' && !isLinkHeavy(measured)) writer.heading(text);
      return;
    }
    if (CLEANED.has(name) && isLinkHeavy(measured) && measured.commas < MIN_PROSE_COMMAS) return;
    const paragraph = name === 'p';
    if (paragraph) writer.enterParagraph();
    for (const child of element.children) visit(child, inLink);
    writer.flush();
    if (paragraph) writer.leaveParagraph();
  };
  for (const root of roots) visitElement(root, false);
  writer.flush();
  return {
    sections: writer.sections.filter((section) => section.paragraphs.length > 0),
    chars: writer.chars,
    fromParagraphs: writer.fromParagraphs,
  };
};
