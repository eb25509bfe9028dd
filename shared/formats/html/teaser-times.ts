import type { DateCandidate } from '../document.ts';
import { attr, type HtmlElement, type HtmlNode, isElement, textOf } from './dom.ts';
import { isTimeElement } from './page-times.ts';
import { inTeaserCard } from './teaser-card.ts';

/**
 * The markup's `<time datetime>` values without those only teaser cards carry. A card for
 * another story (`<h3><a href="/other">Title</a></h3><time datetime="...">`: a "more
 * news" strip, a feed widget, a ticker above the article) dates that story, in markup as
 * in text (`inTeaserCard`); a page with poor markup offers its cards' times first when
 * they stand above the article. A value some `<time>` outside a card also carries stays.
 * Bounded: the page's `<time>`s (`pageTimes`) are judged, each over a few dozen nodes.
 */
export const withoutTeaserTimes = (
  times: readonly HtmlElement[],
  markup: readonly DateCandidate[],
  headline: HtmlElement | null,
): DateCandidate[] => {
  if (times.length === 0) return [...markup];
  const inCards = new Set<string>();
  const outside = new Set<string>();
  for (const time of times) {
    const value = attr(time, 'datetime');
    if (!value) continue;
    (inTeaserCard(dateWrapperOf(time), headline) ? inCards : outside).add(value);
  }
  return markup.filter(
    (candidate) =>
      !isTimeElement(candidate) || !inCards.has(candidate.value) || outside.has(candidate.value),
  );
};

/**
 * The outermost of the elements that hold nothing but the `<time>` (`<div class="date">
 * <span><time>`): a card's levels are counted from the date's whole wrapper, as they are
 * for a date element that carries the class itself.
 */
const dateWrapperOf = (time: HtmlElement): HtmlElement => {
  let wrapper = time;
  for (let level = 0; level < MAX_WRAPPERS; level += 1) {
    const parent = wrapper.parent;
    if (!parent || !isElement(parent as HtmlNode)) break;
    const shown = (parent as HtmlElement).children.filter(
      (child) => !(child.type === 'text' && textOf(child as HtmlNode).trim() === ''),
    );
    if (shown.length !== 1) break;
    wrapper = parent as HtmlElement;
  }
  return wrapper;
};

/** Wrappers around a date: a span for the icon's spacing, one for the class, a block. */
const MAX_WRAPPERS = 3;
