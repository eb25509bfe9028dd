import type { Block } from '../../../domain/record.ts';
import { spendWork } from '../../../domain/work-budget.ts';
import {
  blockParagraphs,
  type DocumentSection,
  openSection,
  QUOTE_PARAGRAPH_SEPARATOR,
} from '../../document.ts';
import { charsIn, joinCollapsed } from '../../markup/index.ts';
import { withCaption } from '../../table-block.ts';
import { isFurnitureLine } from './furniture-lines.ts';
import { readsAsProse } from './prose-run.ts';

/**
 * Collects the body's text as the emitter walks it: runs of inline text become
 * paragraphs (in `paragraphs`), and the structural element they sit in (a list, a data
 * table, a block quote) decides the typed block they join (in `blocks`).
 */

/** A line more than half links is "Read more: ..." or a tag list. */
const MAX_LINE_LINK_DENSITY = 0.65;

/** A structural element being read: paragraphs inside it join its block. */
type Container =
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][]; header: boolean; pendingRow?: string[]; caption?: string }
  | { kind: 'quote'; paragraphs: string[]; embed: boolean; cite?: string };

export type ContainerStart =
  | { kind: 'list'; ordered: boolean }
  | { kind: 'table' }
  | { kind: 'quote'; embed: boolean; cite?: string };

export class Writer {
  readonly sections: DocumentSection[] = [openSection(null)];
  chars = 0;
  fromParagraphs = 0;
  lastWasBreak = false;
  private parts: string[] = [];
  private linkChars = 0;
  private inParagraph = 0;
  private runHasParagraph = false;
  private readonly containers: Container[] = [];

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
    const fromParagraph = this.runHasParagraph || readsAsProse(text, links);
    this.parts = [];
    this.linkChars = 0;
    this.runHasParagraph = false;
    this.lastWasBreak = false;
    if (text === '' || links / Math.max(rawLength, 1) > MAX_LINE_LINK_DENSITY) return;
    if (isFurnitureLine(text)) return;
    this.section().paragraphs.push(text);
    this.place(text);
    this.chars += text.length;
    if (fromParagraph) this.fromParagraphs += 1;
  }

  heading(text: string, level: number): void {
    this.flush();
    this.sections.push(openSection(text, level));
  }

  /** A block outside the story text (a figure's caption): in `blocks` only. */
  aside(block: Block): void {
    this.flush();
    this.addBlock(block);
  }

  /** An embedded post found inside a widget the body skips: a quote of its own. */
  embed(text: string, cite: string | undefined): void {
    this.open({ kind: 'quote', embed: true, ...(cite ? { cite } : {}) });
    this.parts.push(text);
    this.flush();
    this.close();
  }

  open(start: ContainerStart): void {
    this.flush();
    if (start.kind === 'list') this.containers.push({ ...start, items: [] });
    else if (start.kind === 'table') this.containers.push({ ...start, rows: [], header: false });
    else this.containers.push({ ...start, paragraphs: [] });
  }

  /** The next paragraph flushed inside the innermost table is this row. */
  row(cells: string[], header: boolean): void {
    const table = this.containers.at(-1);
    if (table?.kind !== 'table') return;
    table.pendingRow = cells;
    if (table.rows.length === 0) table.header = header;
  }

  /** The innermost table's `<caption>` (its text is also read as a paragraph, as before). */
  tableCaption(text: string): void {
    const table = this.containers.at(-1);
    if (table?.kind === 'table' && table.caption === undefined) table.caption = text;
  }

  close(): void {
    this.flush();
    const container = this.containers.pop();
    if (container === undefined) return;
    const block = toBlock(container);
    if (block === undefined) return;
    const parent = this.containers.at(-1);
    // A list inside a list adds its items to the outer one: items stay plain strings.
    if (parent?.kind === 'list' && block.type === 'list') parent.items.push(...block.items);
    else if (parent === undefined) this.addBlock(block);
    else for (const text of blockParagraphs(block)) this.placeIn(parent, text);
  }

  private section(): DocumentSection {
    return this.sections.at(-1) as DocumentSection;
  }

  private addBlock(block: Block): void {
    const section = this.section();
    section.blocks ??= [];
    section.blocks.push(block);
  }

  private place(text: string): void {
    const container = this.containers.at(-1);
    if (container === undefined) this.addBlock({ type: 'paragraph', text });
    else this.placeIn(container, text);
  }

  private placeIn(container: Container, text: string): void {
    if (container.kind === 'list') container.items.push(text);
    else if (container.kind === 'quote') container.paragraphs.push(text);
    else if (container.pendingRow !== undefined) {
      container.rows.push(container.pendingRow);
      container.pendingRow = undefined;
    }
  }
}

const toBlock = (container: Container): Block | undefined => {
  if (container.kind === 'list') {
    return container.items.length === 0
      ? undefined
      : { type: 'list', ordered: container.ordered, items: container.items };
  }
  if (container.kind === 'table') {
    if (container.rows.length === 0) return undefined;
    return withCaption(
      container.header
        ? { type: 'table', rows: container.rows, header: true }
        : { type: 'table', rows: container.rows },
      container.caption,
    );
  }
  if (container.paragraphs.length === 0) return undefined;
  return {
    type: 'quote',
    text: container.paragraphs.join(QUOTE_PARAGRAPH_SEPARATOR),
    ...(container.embed ? { source: 'embed' as const } : {}),
    ...(container.cite ? { cite: container.cite } : {}),
  };
};
