import { spendWork } from '../../../domain/work-budget.ts';
import type { HtmlElement } from '../dom.ts';
import { linkDensity, type StatsMap } from './node-stats.ts';

/**
 * The top candidate and those of its siblings that continue the story (Readability's
 * sibling merge): siblings that scored well, and plain paragraphs beside it.
 */

/** A sibling scoring this share of the top candidate is part of the story. */
const SIBLING_SHARE = 0.2;
/** ...but never a sibling scoring under this, however weak the top candidate is. */
const MIN_SIBLING_SCORE = 10;
/** A sibling paragraph this long with few links is story text. */
const LONG_PARAGRAPH_CHARS = 80;
const MAX_PARAGRAPH_LINK_DENSITY = 0.25;
const SENTENCE_END = /[.!?。！？]["'”’)]?\s*$/;

export const withSiblings = (
  top: HtmlElement,
  topScore: number,
  stats: StatsMap,
  scoreOf: (element: HtmlElement) => number,
): HtmlElement[] => {
  const parent = top.parent;
  if (parent === null || !('children' in parent) || top.name === 'body') return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.attribs.class ?? '';
  const kept: HtmlElement[] = [];
  spendWork(parent.children.length, 'html-body-siblings');
  for (const sibling of parent.children) {
    if (sibling.type !== 'tag') continue;
    const element = sibling as HtmlElement;
    if (element === top) {
      kept.push(element);
      continue;
    }
    const measured = stats.get(element);
    if (measured === undefined || measured.furniture || measured.chars === 0) continue;
    const bonus =
      topClass !== '' && element.attribs.class === topClass ? topScore * SIBLING_SHARE : 0;
    if (scoreOf(element) + bonus >= threshold) {
      kept.push(element);
      continue;
    }
    if (element.name !== 'p' && !measured.leaf) continue;
    const density = linkDensity(measured);
    if (measured.chars > LONG_PARAGRAPH_CHARS && density < MAX_PARAGRAPH_LINK_DENSITY) {
      kept.push(element);
    } else if (
      density === 0 &&
      measured.chars > 0 &&
      SENTENCE_END.test(element.children.map(textLike).join(''))
    ) {
      kept.push(element);
    }
  }
  return kept;
};

const textLike = (node: HtmlElement['children'][number]): string =>
  node.type === 'text' && 'data' in node ? node.data : ' ';

/**
 * Bodies split into chunks between ads or embeds: other elements with the top
 * candidate's tag and exact class that hold scored text, wherever they sit, in page order.
 */
export const withChunks = (
  core: HtmlElement,
  kept: HtmlElement[],
  stats: StatsMap,
  scoreOf: (element: HtmlElement) => number,
): HtmlElement[] => {
  const mark = core.attribs.class;
  if (mark === undefined || mark.trim() === '') return kept;
  spendWork(stats.size, 'html-body-chunks');
  const keptSet = new Set(kept);
  const chunks = [...stats.keys()].filter(
    (element) =>
      element.attribs.class === mark &&
      element.name === core.name &&
      element !== core &&
      !keptSet.has(element) &&
      scoreOf(element) > 0,
  );
  if (chunks.length === 0) return kept;
  // Sets, not arrays: a page of thousands of same-class chunks must stay linear.
  const chosen = new Set([...kept, ...chunks]);
  const all = [...chosen].filter((element) => !hasAncestorIn(element, chosen));
  return all.sort((a, b) => (stats.get(a)?.order ?? 0) - (stats.get(b)?.order ?? 0));
};

const hasAncestorIn = (element: HtmlElement, chosen: ReadonlySet<HtmlElement>): boolean => {
  for (let at = element.parent; at !== null && 'attribs' in at; at = at.parent) {
    if (chosen.has(at as HtmlElement)) return true;
  }
  return false;
};
