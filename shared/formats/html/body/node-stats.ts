import { spendWork } from '../../../domain/work-budget.ts';
import { type HtmlDocument, type HtmlElement, type HtmlNode, isElement } from '../dom.ts';
import { BLOCK_TAGS, FURNITURE_TAGS, INLINE_TAGS, STRUCTURAL } from './tags.ts';
import { RunCounter, type TextRun } from './text-runs.ts';
import { isCommentThread, isHidden, readMark } from './vocabulary.ts';

/**
 * Text measures of every element, computed once bottom-up so that scoring and cleaning
 * never re-read a subtree's text. Furniture (by tag, by class/id, hidden) counts as empty.
 */
export interface NodeStats {
  /** Visible characters, whitespace runs counted once. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  commas: number;
  /** Characters of the element's own inline text (text nodes and inline children). */
  ownChars: number;
  ownCommas: number;
  /** The own inline text split into the paragraphs it reads as (see `text-runs.ts`). */
  runs: readonly TextRun[];
  /** Whether every child is inline: the element reads as one paragraph. */
  leaf: boolean;
  furniture: boolean;
  /** Whether the element has text of its own beside its child elements. */
  hasText: boolean;
  /** Position in document order. */
  order: number;
}

export type StatsMap = Map<HtmlElement, NodeStats>;

/**
 * Whether an element continues the text around it: inline tags, and unknown or custom
 * elements (`<hl-source>`) that hold only inline content and sit in running text (beside
 * their parent's own text); an unknown element among elements only is a block.
 */
export const isInline = (
  element: HtmlElement,
  measured: NodeStats,
  parentHasText: boolean,
): boolean =>
  INLINE_TAGS.has(element.name) ||
  (parentHasText && !BLOCK_TAGS.has(element.name) && measured.leaf);

const NON_SPACE = /\S/;

const hasOwnText = (element: HtmlElement): boolean =>
  element.children.some(
    (child) => child.type === 'text' && 'data' in child && NON_SPACE.test(child.data),
  );

/** Runs of two or more whitespace characters: each reads as one space. */
const SPACE_RUNS = /\s{2,}/g;
const COMMA = /[,，、]/;
const COMMAS = /[,，、]/g;

const EMPTY: NodeStats = {
  chars: 0,
  linkChars: 0,
  commas: 0,
  ownChars: 0,
  ownCommas: 0,
  runs: [],
  leaf: true,
  furniture: true,
  hasText: false,
  order: -1,
};

/**
 * The text's length with each whitespace run counted once, counted rather than built
 * (every text node of the page is measured; most are indentation).
 */
const textChars = (data: string): number => {
  let chars = data.length;
  SPACE_RUNS.lastIndex = 0;
  for (let run = SPACE_RUNS.exec(data); run !== null; run = SPACE_RUNS.exec(data))
    chars -= run[0].length - 1;
  return chars;
};
const commaCount = (data: string): number =>
  COMMA.test(data) ? (data.match(COMMAS)?.length ?? 0) : 0;

export interface MeasureOptions {
  /** Trust class/id furniture words (the first try); off for the lenient retry. */
  useMarks: boolean;
}

/** Furniture whatever its class says: tags that never hold story text, hidden elements. */
const isFurnitureTag = (element: HtmlElement): boolean =>
  FURNITURE_TAGS.has(element.name) || isHidden(element);

/**
 * A class/id furniture word on an element that holds this much low-link text is a page
 * wrapper's name (`page-ad-margins`, `has-sidebar`), not a widget: widgets are small.
 */
const MIN_WRAPPER_CHARS = 2000;
const MAX_WRAPPER_LINK_DENSITY = 0.25;

const isMarkedFurniture = (element: HtmlElement, measured: NodeStats): boolean => {
  if (STRUCTURAL.has(element.name)) return false;
  const mark = readMark(element);
  if (mark === 'discussion') return true;
  if (mark !== 'furniture') return false;
  return measured.chars < MIN_WRAPPER_CHARS || linkDensity(measured) > MAX_WRAPPER_LINK_DENSITY;
};

/** Measures every element under `root` in one pass (charged per element and text character). */
export const measureTree = (root: HtmlDocument, options: MeasureOptions): StatsMap => {
  const stats: StatsMap = new Map();
  let order = 0;
  let textLength = 0;
  const measure = (element: HtmlElement, inLink: boolean): NodeStats => {
    order += 1;
    if (isFurnitureTag(element)) {
      stats.set(element, EMPTY);
      return EMPTY;
    }
    const link = inLink || element.name === 'a';
    const own: NodeStats = { ...EMPTY, furniture: false, hasText: hasOwnText(element), order };
    const runs = new RunCounter();
    for (const child of element.children) addChild(own, child, link, runs);
    own.runs = runs.finish();
    if (link) own.linkChars = own.chars;
    const furniture = options.useMarks
      ? isMarkedFurniture(element, own)
      : !STRUCTURAL.has(element.name) && isCommentThread(element);
    const result = furniture ? EMPTY : own;
    stats.set(element, result);
    return result;
  };
  const addChild = (into: NodeStats, child: HtmlNode, inLink: boolean, runs: RunCounter): void => {
    if (child.type === 'text') {
      const data = 'data' in child ? child.data : '';
      textLength += data.length;
      const chars = textChars(data);
      const commas = commaCount(data);
      into.chars += chars;
      into.ownChars += chars;
      into.commas += commas;
      into.ownCommas += commas;
      if (NON_SPACE.test(data)) runs.text(chars, commas);
      return;
    }
    if (!isElement(child)) return;
    const sub = measure(child, inLink);
    into.chars += sub.chars;
    into.linkChars += sub.linkChars;
    into.commas += sub.commas;
    if (sub.leaf && isInline(child, sub, into.hasText)) {
      into.ownChars += sub.chars;
      into.ownCommas += sub.commas;
      if (child.name === 'br') runs.lineBreak();
      else if (sub.chars > 0) runs.text(sub.chars, sub.commas);
    } else if (!sub.furniture) {
      into.leaf = false;
      runs.end();
    }
  };
  for (const child of root.children) if (isElement(child)) measure(child, false);
  spendWork(order + textLength, 'html-body-measure');
  return stats;
};

export const linkDensity = (stats: NodeStats): number =>
  stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
