import type { Block } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import {
  addBlock,
  addListItem,
  type DocumentSection,
  openSection,
  withTypedBlocksOnly,
} from '../document.ts';
import {
  firstNamed,
  isXmlElement,
  localName,
  type XmlElement,
  type XmlParent,
  xmlText,
} from '../markup/index.ts';
import { wireTable } from './tables.ts';

/**
 * What NITF and NewsML-G2 share: XHTML-like body blocks and ISO 8601 dates, often in the
 * basic form (`20251105T083000+0000`).
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl1', 'hl2']);
const BLOCKS = new Set(['p', 'li', ...HEADINGS]);

/**
 * The sections of a body: `<p>` paragraphs and `<li>` list items (a `<li>` holding `<p>`s
 * gives them as paragraphs instead), headings (`<h2>`..., NITF's block `<hl2>`) opening sections. A heading equal to
 * the title (an XHTML body's `<h1>`) is not a section.
 */
export const blockSections = (root: XmlParent, title: string | undefined): DocumentSection[] => {
  const sections: DocumentSection[] = [openSection(null)];
  const { blocks, tables } = outerBlocks(root);
  for (const block of blocks) {
    const section = sections.at(-1) as DocumentSection;
    const table = tables.get(block);
    if (table !== undefined) {
      addBlock(section, table);
      continue;
    }
    const name = localName(block);
    const text = xmlText(block);
    if (text === '') continue;
    if (HEADINGS.has(name)) {
      if (text !== title) sections.push(openSection(text, Number(name.slice(-1))));
    } else if (name === 'li') {
      addListItem(
        section,
        text,
        block.parent !== null && localName(block.parent as XmlElement) === 'ol',
      );
    } else {
      addBlock(section, { type: 'paragraph', text });
    }
  }
  return sections.filter((section) => section.paragraphs.length > 0).map(withTypedBlocksOnly);
};

/**
 * The blocks under `root` in document order, a block inside another one read only as
 * part of it: in XML nothing closes an unclosed `<p>`, so each would hold all the text
 * after it, and reading every level apart would multiply the text by the depth. A data
 * table is one block (its typed block in `tables`); a layout table's blocks are read.
 */
const outerBlocks = (root: XmlParent): { blocks: XmlElement[]; tables: Map<XmlElement, Block> } => {
  const found: XmlElement[] = [];
  const tables = new Map<XmlElement, Block>();
  const pending = [...root.children].reverse();
  let visited = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visited += 1;
    if (!isXmlElement(node)) continue;
    const name = localName(node);
    if (BLOCKS.has(name) && !(name === 'li' && firstNamed(node, 'p') !== undefined)) {
      found.push(node);
      continue;
    }
    const table = name === 'table' ? wireTable(node) : undefined;
    if (table !== undefined) {
      tables.set(node, table);
      found.push(node);
      continue;
    }
    for (let at = node.children.length - 1; at >= 0; at -= 1) {
      const child = node.children[at];
      if (child !== undefined) pending.push(child);
    }
  }
  spendWork(visited, 'wire-blocks');
  return { blocks: found, tables };
};

const BASIC_ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date in basic or extended form, as an extended one; else the value as is. */
export const isoDate = (value: string | undefined): string | undefined => {
  const match = value?.trim().match(BASIC_ISO);
  if (!match) return value?.trim() || undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (hour === undefined) return `${year}-${month}-${day}`;
  const offset =
    zone === undefined || zone === 'Z' ? (zone ?? '') : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}`;
};
