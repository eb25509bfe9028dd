import { spendWork } from '../../../domain/work-budget.ts';
import { type HtmlDocument, type HtmlElement, type HtmlNode, isElement } from '../dom.ts';
import { climb, isParent } from './climb.ts';
import { linkDensity, type NodeStats, type StatsMap } from './node-stats.ts';
import type { TextRun } from './text-runs.ts';
import { markWeight, readMark } from './vocabulary.ts';

/**
 * Picks the element holding the story, Readability-style: every run of paragraph text
 * votes for its ancestors (more for longer, comma-rich text, less the further up), each
 * candidate starts from what its tag and class/id say, and link-heavy candidates lose
 * the share of their text that is links.
 */

/** Shorter text runs are labels, buttons and menu items: they do not vote. */
const MIN_VOTING_CHARS = 25;
/** Ancestors a paragraph votes for; further up, every page container would win. */
const VOTE_LEVELS = 5;
/** Each 100 characters adds a point, up to this many: length matters, but not alone. */
const MAX_LENGTH_POINTS = 3;

const TAG_BIAS: Record<string, number> = {
  div: 5,
  article: 10,
  main: 5,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  form: -3,
  ol: -3,
  ul: -3,
  li: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  address: -3,
  th: -5,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
};

/** Elements that hold one paragraph as a whole, whatever their children are. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td']);

export interface Scored {
  element: HtmlElement;
  /** The best-scoring element before climbing: its class names the story's chunks. */
  core: HtmlElement;
  score: number;
  /** Final (link-weighted) score of any element. */
  scoreOf: (element: HtmlElement) => number;
}

/** Raw (pre-link-density) scores of every element that received a vote. */
export const scoreCandidates = (
  document: HtmlDocument,
  stats: StatsMap,
  weighMarks = true,
): Map<HtmlElement, number> => {
  const scores = new Map<HtmlElement, number>();
  const vote = (element: HtmlElement, points: number): void => {
    const current = scores.get(element);
    const base =
      current ?? (TAG_BIAS[element.name] ?? 0) + (weighMarks ? markWeight(readMark(element)) : 0);
    scores.set(element, base + points);
  };
  for (const element of storyElements(document, stats)) {
    const measured = stats.get(element);
    if (measured === undefined || measured.ownChars < MIN_VOTING_CHARS) continue;
    const runs = votingRuns(element, measured);
    // One paragraph votes for the block holding it; an element writing several
    // paragraphs itself (text runs between `<br><br>`s) is that block.
    const wholeParagraph = PARAGRAPH_TAGS.has(element.name) || (measured.leaf && runs.length < 2);
    const first: HtmlElement | null = wholeParagraph
      ? isParent(element.parent)
        ? element.parent
        : null
      : element;
    for (const run of runs) {
      const points = 1 + run.commas + Math.min(Math.floor(run.chars / 100), MAX_LENGTH_POINTS);
      let target = first;
      for (let level = 0; target !== null && level < VOTE_LEVELS; level += 1) {
        vote(target, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
        target = isParent(target.parent) ? target.parent : null;
      }
    }
  }
  return scores;
};

/**
 * The paragraphs an element's own text votes as: a `<p>`, `<pre>` or cell as one, any
 * other element by its text runs (see `text-runs.ts`), the short ones left out.
 */
const votingRuns = (element: HtmlElement, measured: NodeStats): readonly TextRun[] => {
  if (PARAGRAPH_TAGS.has(element.name) || measured.runs.length < 2) {
    return [{ chars: measured.ownChars, commas: measured.ownCommas }];
  }
  spendWork(measured.runs.length, 'html-body-score');
  return measured.runs.filter((run) => run.chars >= MIN_VOTING_CHARS);
};

/** Every element outside furniture, in document order (furniture subtrees skipped whole). */
const storyElements = (document: HtmlDocument, stats: StatsMap): HtmlElement[] => {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [...document.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node) || stats.get(node)?.furniture !== false) continue;
    found.push(node);
    for (let at = node.children.length - 1; at >= 0; at -= 1) {
      const child = node.children[at];
      if (child !== undefined) stack.push(child);
    }
  }
  spendWork(found.length, 'html-body-score');
  return found;
};

const finalScore = (score: number, measured: NodeStats | undefined): number =>
  measured === undefined ? score : score * (1 - linkDensity(measured));

/** Candidates close to the top one (Readability's 0.75): several of them mean a shared parent. */
const CLOSE_SHARE = 0.75;
/** How many runners-up are compared against the top candidate. */
const RUNNERS_UP = 5;
/** With this many close runners-up inside one ancestor, the ancestor is the story. */
const MIN_CLOSE_FOR_PARENT = 3;

/** The best candidate, moved up to its parent when the story is spread across siblings. */
export const topCandidate = (
  document: HtmlDocument,
  stats: StatsMap,
  weighMarks = true,
): Scored | undefined => {
  const raw = scoreCandidates(document, stats, weighMarks);
  const ranked = [...raw]
    .map(([element, score]) => ({ element, score: finalScore(score, stats.get(element)) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best === undefined) return undefined;
  const scoreOf = (element: HtmlElement): number =>
    finalScore(raw.get(element) ?? 0, stats.get(element));
  const close = ranked
    .slice(1, RUNNERS_UP + 1)
    .filter((other) => other.score >= best.score * CLOSE_SHARE)
    .map((other) => other.element);
  let top = best.element;
  if (close.length >= MIN_CLOSE_FOR_PARENT) top = sharedAncestor(top, close) ?? top;
  top = climb(top, scoreOf, stats);
  return { element: top, core: best.element, score: scoreOf(top), scoreOf };
};

/** The nearest ancestor of `top` that contains at least MIN_CLOSE_FOR_PARENT of `others`. */
const sharedAncestor = (top: HtmlElement, others: HtmlElement[]): HtmlElement | undefined => {
  for (let node = top.parent; isParent(node); node = node.parent) {
    const inside = others.filter((other) => contains(node, other)).length;
    if (inside >= MIN_CLOSE_FOR_PARENT) return node;
  }
  return undefined;
};

const contains = (ancestor: HtmlElement, node: HtmlElement): boolean => {
  for (let at: HtmlElement['parent'] = node; isParent(at); at = at.parent) {
    if (at === ancestor) return true;
  }
  return false;
};
