import { spendWork } from '../../domain/work-budget.ts';
import { isAuthorLinkElement } from './author-links.ts';
import { type HtmlElement, type HtmlNode, isElement } from './dom.ts';

/**
 * Teasers of other stories: a list item or card that pairs a heading linking to another
 * page (`<h3><a href="/other-story">...</a></h3>`) with that story's byline. Related,
 * latest and most-read lists, author widgets and category blocks are built this way on
 * every CMS, and their bylines (often `rel="author"` links) name other stories' writers.
 * (`teaser-card.ts` asks the same of a date element, nearer and counting title-class links.)
 */

/** How far a teaser's byline sits below the item that holds it and its heading. */
const MAX_ITEM_DEPTH = 4;
/** A teaser's title, byline, date and summary. */
const MAX_TEASER_CHARS = 800;
/** Nodes read of one would-be item: a teaser is a few dozen; more is a page region. */
const MAX_ITEM_NODES = 300;

/**
 * Whether the element sits in a teaser: the nearest of its wrappers (up to
 * `MAX_ITEM_DEPTH` levels) that holds a heading linking to another page holds exactly
 * one, no `<h1>` (the article's own header), and no more text than a teaser. A region
 * listing several linked headings beside the byline, or holding more text (an article
 * body with a related-stories box), is the article's own. Only small wrappers are read,
 * node by node, so asking costs no pass over the page.
 */
export const inTeaserItem = (element: HtmlElement): boolean => {
  let node = element.parent;
  for (let depth = 0; depth < MAX_ITEM_DEPTH && node && 'name' in node; depth++) {
    if (PAGE_REGIONS.has(node.name)) return false;
    const item = readItem(node);
    if (item === undefined || item.hasH1) return false;
    if (item.linkedHeadings > 0) return item.linkedHeadings === 1;
    node = node.parent;
  }
  return false;
};

const PAGE_REGIONS: ReadonlySet<string> = new Set(['body', 'html', 'main']);
const SUB_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

interface Item {
  hasH1: boolean;
  linkedHeadings: number;
}

/** What a wrapper holds, or undefined when it is larger than any teaser. */
const readItem = (root: HtmlElement): Item | undefined => {
  const item: Item = { hasH1: false, linkedHeadings: 0 };
  let nodes = 0;
  let chars = 0;
  const stack: HtmlNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    nodes += 1;
    if (nodes > MAX_ITEM_NODES) break;
    if (node.type === 'text' && 'data' in node) chars += node.data.trim().length;
    if (chars > MAX_TEASER_CHARS) break;
    if (!isElement(node)) continue;
    if (node.name === 'h1') item.hasH1 = true;
    if (SUB_HEADINGS.has(node.name) && linksElsewhere(node)) item.linkedHeadings += 1;
    stack.push(...node.children);
  }
  spendWork(nodes, 'html-teaser-item');
  return nodes > MAX_ITEM_NODES || chars > MAX_TEASER_CHARS ? undefined : item;
};

/**
 * A heading that is, or holds, a link to another page. A heading linking to an author's
 * page (by its address or `rel="author"`) names the writer of an author box, not a story.
 */
const linksElsewhere = (heading: HtmlElement): boolean => {
  const parent = heading.parent;
  if (parent && 'name' in parent && parent.name === 'a') return !linksToAuthor(parent);
  const link = firstLink(heading);
  return link !== undefined && (link.attribs.href ?? '') !== '' && !linksToAuthor(link);
};

/** The first `<a>` in a heading (a heading is a handful of nodes). */
const firstLink = (heading: HtmlElement): HtmlElement | undefined => {
  const stack: HtmlNode[] = [...heading.children].reverse();
  for (let seen = 0; stack.length > 0 && seen < MAX_ITEM_NODES; seen++) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    if (node.name === 'a') return node;
    stack.push(...[...node.children].reverse());
  }
  return undefined;
};

const linksToAuthor = (link: HtmlElement): boolean =>
  isAuthorLinkElement(link) || (link.attribs.rel ?? '').toLowerCase().split(' ').includes('author');
