import { spendWork } from '../../../domain/work-budget.ts';
import { collapseSpaces } from '../../../text/whitespace.ts';

/**
 * The paragraphs of a rich-text tree stored as JSON: the DOM-like nodes of headless CMSs
 * and app states (`{type: "p", children: [{type: "text", data}]}`, Contentful's
 * `{nodeType: "paragraph", content: [{value}]}`, Portable Text's `{_type: "block",
 * children: [{text}]}`, Draft.js's `{type: "unstyled", text}`), or a list of paragraph
 * strings. Each block node is one paragraph, its text the text fields under it.
 */

/** The fields that name a node's kind, across the common schemas. */
const TYPE_KEYS = ['type', 'nodeType', '_type', 'tag', 'tagName', 'nodeName'];
/** The fields that hold a text node's characters. */
const TEXT_KEYS = new Set(['data', 'text', 'value']);
/** Node kinds that read as one paragraph of the story. */
const BLOCK_TYPE =
  /^(?:p|paragraph|block|unstyled|blockquote|h[2-6]|heading(?:-[2-6])?|header-(?:two|three|four)|li|list-?item|(?:un)?ordered-list-item)$/i;
/** Nodes visited per tree: a long story is a few thousand. */
const MAX_VISITS = 50_000;
/** Nesting followed, down from the field. */
const MAX_DEPTH = 48;

export const richTextParagraphs = (root: object): string[] => {
  const paragraphs: string[] = [];
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let visits = 0;
  for (let entry = stack.pop(); entry !== undefined && visits < MAX_VISITS; entry = stack.pop()) {
    visits += 1;
    const { value, depth } = entry;
    if (typeof value === 'string') {
      // A list of strings: each is a paragraph.
      const text = collapseSpaces(value);
      if (text !== '') paragraphs.push(text);
      continue;
    }
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) continue;
    if (!Array.isArray(value) && isBlock(value as Record<string, unknown>)) {
      const text = collapseSpaces(textUnder(value, MAX_VISITS - visits));
      if (text !== '') paragraphs.push(text);
      continue;
    }
    const children = Array.isArray(value) ? value : childNodesOf(value as Record<string, unknown>);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push({ value: children[index], depth: depth + 1 });
    }
  }
  spendWork(visits, 'html-rich-text');
  return paragraphs;
};

const isBlock = (node: Record<string, unknown>): boolean =>
  TYPE_KEYS.some((key) => {
    const kind = node[key];
    return typeof kind === 'string' && BLOCK_TYPE.test(kind);
  });

/** A non-block node's children: its object and array fields (strings there are attributes). */
const childNodesOf = (node: Record<string, unknown>): unknown[] =>
  Object.values(node).filter((value) => value !== null && typeof value === 'object');

/** The text fields under a block node, in order, joined as written (spaces are in the text). */
const textUnder = (block: object, maxVisits: number): string => {
  const parts: string[] = [];
  // Strings are text to keep; objects are nodes still to open.
  const stack: Array<string | object> = [block];
  let visits = 0;
  for (let item = stack.pop(); item !== undefined && visits < maxVisits; item = stack.pop()) {
    visits += 1;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const entries: Array<readonly [string, unknown]> = Array.isArray(item)
      ? item.map((child) => ['', child] as const)
      : Object.entries(item);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index] as readonly [string, unknown];
      if (typeof child === 'string' && TEXT_KEYS.has(key)) stack.push(child);
      else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  spendWork(visits, 'html-rich-text');
  return parts.join('');
};
