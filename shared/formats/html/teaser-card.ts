import { spendWork } from '../../domain/work-budget.ts';
import { type HtmlElement, type HtmlNode, isElement, textOf } from './dom.ts';

/**
 * Whether a date element sits in a teaser card for another story: a small block (a few
 * levels up, a few dozen nodes) that also holds a link set as a title, in a heading or
 * under a class naming a title or headline (`<h3><a href="/other">...</a></h3>`, `<a
 * class="related-title">`). Related stories inside the article, "more on this" boxes and
 * feed widgets show each story's date so, often under no class that names them a list.
 * A block that holds the page's headline is the article's own header, whatever it links.
 * (`teaser-items.ts` asks the same of a byline, from further up and leaving out headings
 * that link to an author's page: the two should become one test, measured on both fields.)
 */
export const inTeaserCard = (element: HtmlElement, headline: HtmlElement | null): boolean => {
  let current: HtmlNode | null = element;
  for (let level = 0; level < MAX_CARD_LEVELS; level += 1) {
    const parent: HtmlNode['parent'] = current?.parent ?? null;
    if (!parent || parent.type === 'root' || !isElement(parent as HtmlNode)) return false;
    current = parent as HtmlNode;
    const card = cardTitleIn(current as HtmlElement, element, headline);
    if (card !== 'none') return card === 'card';
  }
  return false;
};

/**
 * Whether `block` itself is such a card (for walks that take blocks whole): small, holding
 * a title link to another page and not the headline.
 */
export const isTeaserCard = (block: HtmlElement, headline: HtmlElement | null): boolean =>
  cardTitleIn(block, null, headline) === 'card';

/** A card is the date's parent, grandparent or great-grandparent. */
const MAX_CARD_LEVELS = 3;
/** A card is a few dozen nodes: image, kicker, title, date; a larger block is a section. */
const MAX_CARD_NODES = 60;
/** A story's title runs to a few words; shorter link texts are labels (`More`, a name). */
const MIN_TITLE_CHARS = 20;

const TITLE_CLASS = /title|headline|\bhed\b/i;
const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * What `block` is: a `card` (it holds a title link to another page), `own` (it holds the
 * headline, or is too big to be a card: stop looking further up), or `none` yet.
 */
const cardTitleIn = (
  block: HtmlElement,
  date: HtmlElement | null,
  headline: HtmlElement | null,
): 'card' | 'own' | 'none' => {
  let visited = 0;
  let found = false;
  const stack: HtmlNode[] = [block];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visited += 1;
    if (visited > MAX_CARD_NODES) return charged(visited, 'own');
    if (!isElement(node) || node === date) continue;
    if (node === headline || node.name === 'h1') return charged(visited, 'own');
    if (!found && node.name === 'a' && isTitleLink(node)) found = true;
    for (const child of node.children) stack.push(child as HtmlNode);
  }
  return charged(visited, found ? 'card' : 'none');
};

/** A link to another page set as a story's title: in a sub-heading or under a title class. */
export const isTitleLink = (link: HtmlElement): boolean => {
  const href = link.attribs.href ?? '';
  if (href === '' || href.startsWith('#') || href.startsWith('javascript:')) return false;
  const parent = link.parent;
  const inHeading = parent !== null && 'name' in parent && SUBHEADINGS.has(parent.name);
  if (!inHeading && !TITLE_CLASS.test(link.attribs.class ?? '')) return false;
  return textOf(link).trim().length >= MIN_TITLE_CHARS;
};

const charged = <T>(visited: number, result: T): T => {
  spendWork(visited, 'html-date-card');
  return result;
};
