import type { DateCandidate } from '../document.ts';
import { elementsNamed, type HtmlDocument, type HtmlElement } from './dom.ts';

/** A page's `<time>`s: an article's few, a front page's strips of cards a few dozen. */
const MAX_TIMES = 100;

/** Whether a markup date came from a `<time datetime>`. */
export const isTimeElement = (candidate: DateCandidate): boolean =>
  candidate.source === 'time-element';

/**
 * The page's `<time>` elements, read once for the rules that judge the markup's
 * `<time datetime>` dates (teaser cards, update labels), at most `MAX_TIMES`; none when
 * the markup has no such date, so a page without one is not walked.
 */
export const pageTimes = (
  document: HtmlDocument,
  markup: readonly DateCandidate[],
): HtmlElement[] =>
  markup.some(isTimeElement) ? elementsNamed(document, 'time').slice(0, MAX_TIMES) : [];
