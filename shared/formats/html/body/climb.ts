import type { HtmlElement } from '../dom.ts';
import { linkDensity, type NodeStats, type StatsMap } from './node-stats.ts';

/**
 * From the best-scoring element up to the story's whole (Readability's climb): to an
 * ancestor that scores higher, since the story continues outside, then past wrappers
 * that hold nothing else.
 */

/** Whether a node's parent is an element (not the document root). */
export const isParent = (node: HtmlElement['parent']): node is HtmlElement =>
  node !== null && 'name' in node && 'attribs' in node;

/**
 * A container more than half links is a river of teasers around the story (the emitter
 * drops such a block whole): the story never continues up into it, however its score
 * compares.
 */
const MAX_CLIMB_LINK_DENSITY = 0.5;
const isTeaserRiver = (measured: NodeStats | undefined): boolean =>
  measured !== undefined && linkDensity(measured) > MAX_CLIMB_LINK_DENSITY;

/** Climbs to an ancestor that scores higher (the story continues outside), then past only-children. */
export const climb = (
  start: HtmlElement,
  scoreOf: (element: HtmlElement) => number,
  stats: StatsMap,
): HtmlElement => {
  let top = start;
  let lastScore = scoreOf(top);
  const floor = lastScore / 3;
  for (
    let parent = top.parent;
    isParent(parent) && parent.name !== 'body';
    parent = parent.parent
  ) {
    const parentScore = scoreOf(parent);
    if (parentScore < floor || isTeaserRiver(stats.get(parent))) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  for (
    let parent = top.parent;
    isParent(parent) && parent.name !== 'body';
    parent = parent.parent
  ) {
    if (parent.children.filter((child) => child.type === 'tag').length !== 1) break;
    top = parent;
  }
  return top;
};
