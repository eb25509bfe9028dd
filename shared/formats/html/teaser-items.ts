import { DomUtils } from 'htmlparser2';
import { spendWork } from '../../domain/work-budget.ts';
import { isAuthorLinkElement } from './author-links.ts';
import { type HtmlDocument, type HtmlElement, textOf } from './dom.ts';

/**
 * Teasers of other stories: a list item or card that pairs a heading linking to another
 * page (`<h3><a href="/other-story">...</a></h3>`) with that story's byline. Related,
 * latest and most-read lists, author widgets and category blocks are built this way on
 * every CMS, and their bylines (often `rel="author"` links) name other stories' writers.
 * The article's own region, the one that holds its headline, is never a teaser.
 */

/** How far a teaser's heading and byline sit below the item that holds both. */
const MAX_ITEM_DEPTH = 4;

/** How many linked headings of other stories each element holds (`MAX_ITEM_DEPTH` deep). */
export type TeaserItems = Map<HtmlElement, number>;

const SUB_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The elements that hold a linked heading of another story (up to `MAX_ITEM_DEPTH`
 * levels above it, never the headline's own region), for `inTeaserItem`. Empty without
 * a headline: then nothing says which region is the article's.
 */
export const teaserItems = (document: HtmlDocument, headline: HtmlElement | null): TeaserItems => {
  const items: TeaserItems = new Map();
  if (!headline) return items;
  const headlineRegion = new Set<unknown>();
  for (let node = headline.parent; node; node = node.parent) headlineRegion.add(node);
  const headings = DomUtils.findAll(
    (element) => SUB_HEADINGS.has(element.name) && element !== headline && linksElsewhere(element),
    document.children,
  );
  spendWork(headings.length * MAX_ITEM_DEPTH, 'html-teaser-items');
  for (const heading of headings) {
    let node = heading.parent;
    for (let depth = 0; depth < MAX_ITEM_DEPTH && node && 'name' in node; depth++) {
      if (headlineRegion.has(node) || node.name === 'body') break;
      items.set(node, (items.get(node) ?? 0) + 1);
      node = node.parent;
    }
  }
  return items;
};

/**
 * Whether the element sits in one of `items` (see `teaserItems`) that reads as a teaser:
 * one linked heading, a byline and a line or two of summary. The nearest region holding
 * several linked headings (a list of them beside the byline) or more text (an article
 * body with a related-stories box) is the article's own.
 */
export const inTeaserItem = (element: HtmlElement, items: TeaserItems): boolean => {
  if (items.size === 0) return false;
  let node = element.parent;
  for (let depth = 0; depth < MAX_ITEM_DEPTH && node && 'name' in node; depth++) {
    const headings = items.get(node);
    if (headings !== undefined) return headings === 1 && textOf(node).length <= MAX_TEASER_CHARS;
    node = node.parent;
  }
  return false;
};

/** A teaser's title, byline, date and summary. */
const MAX_TEASER_CHARS = 800;

/**
 * A heading that is, or holds, a link to another page. A heading linking to an author's
 * page (by its address or `rel="author"`) names the writer of an author box, not a story.
 */
const linksElsewhere = (heading: HtmlElement): boolean => {
  const parent = heading.parent;
  if (parent && 'name' in parent && parent.name === 'a') return !linksToAuthor(parent);
  const link = DomUtils.findOne((element) => element.name === 'a', heading.children);
  return link !== null && (link.attribs.href ?? '') !== '' && !linksToAuthor(link);
};

const linksToAuthor = (link: HtmlElement): boolean =>
  isAuthorLinkElement(link) || (link.attribs.rel ?? '').toLowerCase().split(' ').includes('author');
