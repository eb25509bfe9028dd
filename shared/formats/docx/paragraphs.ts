import { spendWork } from '../../domain/work-budget.ts';
import {
  firstNamed,
  isXmlElement,
  localName,
  type XmlElement,
  type XmlParent,
  xmlAttr,
} from '../markup/index.ts';

/** A Word document's paragraphs and tables, in reading order, and a paragraph's text. */

/**
 * Word writes a text box twice, for current readers (`mc:Choice`) and for old ones
 * (`mc:Fallback`): only the first copy is read.
 */
const FALLBACK = 'fallback';
/** A text box's content: its paragraphs are read as paragraphs of their own. */
const TEXT_BOX = 'txbxcontent';

/** Descendants with one of the (lower-case, as `localName` gives) `names`, in document order, not entering those named in `skip`. */
export const collect = (
  root: XmlParent,
  names: Set<string>,
  skip: Set<string>,
  out: XmlElement[] = [],
) => {
  for (const child of root.children) {
    if (!isXmlElement(child)) continue;
    const name = localName(child);
    if (skip.has(name)) continue;
    if (names.has(name)) out.push(child);
    collect(child, names, skip, out);
  }
  return out;
};

/** Every paragraph, text-box paragraphs after the one that anchors them, each once. */
export const paragraphsOf = (body: XmlParent): XmlElement[] =>
  collect(body, new Set(['p']), new Set([FALLBACK]));

const RUN_TEXT = new Set(['t', 'tab', 'br', 'cr']);
/** Text boxes are their own paragraphs; deleted text (`w:delText`) is not matched at all. */
const NOT_PARAGRAPH_TEXT = new Set([FALLBACK, TEXT_BOX]);

/** A paragraph's text: its runs' `w:t`, tabs and breaks as spaces. */
export const paragraphText = (paragraph: XmlElement): string => {
  let text = '';
  for (const node of collect(paragraph, RUN_TEXT, NOT_PARAGRAPH_TEXT)) {
    const name = localName(node);
    text +=
      name === 't' ? node.children.map((c) => ('data' in c ? String(c.data) : '')).join('') : ' ';
  }
  return text.replace(SPACES, ' ').trim();
};

/** What a document's body holds, in reading order: a paragraph, or a table (`w:tbl`). */
export type BodyPart =
  | { kind: 'paragraph'; element: XmlElement }
  | { kind: 'table'; element: XmlElement };

/**
 * The body's paragraphs and top-level tables in document order: the paragraphs of a
 * table are its own (read by `tables.ts`), text-box paragraphs follow their anchor.
 */
export const bodyParts = (body: XmlParent): BodyPart[] => {
  const parts: BodyPart[] = [];
  const pending = [...body.children].reverse();
  let visited = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visited += 1;
    if (!isXmlElement(node)) continue;
    const name = localName(node);
    if (name === FALLBACK) continue;
    if (name === 'tbl') {
      parts.push({ kind: 'table', element: node });
      continue;
    }
    if (name === 'p') {
      parts.push({ kind: 'paragraph', element: node });
      for (const boxed of collect(node, PARAGRAPH, new Set([FALLBACK]))) {
        parts.push({ kind: 'paragraph', element: boxed });
      }
      continue;
    }
    for (let at = node.children.length - 1; at >= 0; at -= 1) {
      const child = node.children[at];
      if (child !== undefined) pending.push(child);
    }
  }
  spendWork(visited, 'docx-body');
  return parts;
};

const PARAGRAPH = new Set(['p']);

const NOT_STYLE_CHARS = /[\s_-]/g;

/** A paragraph's style id, lower-cased, without spaces, `_` or `-` (`Heading 1` -> `heading1`). */
export const styleOf = (paragraph: XmlElement): string =>
  (xmlAttr(firstNamed(paragraph, 'pstyle'), 'val') ?? '')
    .toLowerCase()
    .replace(NOT_STYLE_CHARS, '');
const SPACES = /\s+/g;
