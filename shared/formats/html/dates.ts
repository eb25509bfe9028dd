import { frequentDates } from '../../text/date-text.ts';
import type { DateCandidate } from '../document.ts';
import { pageTextIn } from './article-text.ts';
import { reconcileShownDate } from './date-choice.ts';
import { dateElementsIn, readDateElement } from './date-elements.ts';
import { numericDateOrder } from './date-order.ts';
import { withUpdateTimes } from './date-update-times.ts';
import type { HtmlDocument, HtmlElement } from './dom.ts';
import { readHeaderDates } from './header-dates.ts';
import { pageUrlOf } from './meta.ts';
import { pageTimes } from './page-times.ts';
import { inTeaserCard } from './teaser-card.ts';
import { withoutTeaserTimes } from './teaser-times.ts';

/**
 * Dates a page shows rather than marks up, the way htmldate reads them, nearest the
 * headline first: date-labelled elements in the article's header, the first date
 * written there, then date-labelled elements elsewhere on the page, and only when none
 * of those exists the dates the page's text repeats most. Values come out as
 * `YYYY-MM-DD` with source `text`.
 */
export const readTextDates = (document: HtmlDocument, languageHint?: string): DateCandidate[] =>
  readShownDates(document, languageHint).dates;

/**
 * All of a page's date candidates: its markup's (JSON-LD, `<meta>`, `<time>`) checked
 * against the date shown by the headline (see `reconcileShownDate`), then the text's.
 */
export const readHtmlDates = (
  document: HtmlDocument,
  markup: readonly DateCandidate[],
  languageHint?: string,
): DateCandidate[] => {
  const { dates, shown, shownInText, headline } = readShownDates(document, languageHint);
  // A teaser card's `<time>` dates another story (see `withoutTeaserTimes`); a labelled
  // update's is no publication (see `withUpdateTimes`).
  const times = pageTimes(document, markup);
  const own = withUpdateTimes(times, withoutTeaserTimes(times, markup, headline));
  if (shown) return [...reconcileShownDate(own, shown), ...dates];
  return [...reconcileShownDate(own, shownInText, { inText: true }), ...dates];
};

const readShownDates = (
  document: HtmlDocument,
  languageHint?: string,
): {
  dates: DateCandidate[];
  shown: DateCandidate | null;
  shownInText: DateCandidate | null;
  headline: HtmlElement | null;
} => {
  const options = numericDateOrder(languageHint, pageUrlOf(document));
  const header = readHeaderDates(document, options);
  const dates: DateCandidate[] = [...header.elements];
  // A date line by the headline, else the header's first date (which may be a dek's);
  // an update line leaves the publication to the latter.
  const headerText = header.shownInText?.kind === 'published' ? header.shownInText : header.text;
  if (headerText) dates.push(headerText);
  for (const element of dateElementsIn(document.children)) {
    if (dates.length >= MAX_CANDIDATES) break;
    if (header.seen.has(element)) continue;
    const date = readDateElement(element, options);
    // Judged only for the few dates taken: a teaser card's date is another story's.
    if (date && !inTeaserCard(element, header.headline)) dates.push(date);
  }
  const { headline } = header;
  if (dates.length > 0) {
    return { dates, shown: header.shown, shownInText: header.shownInText, headline };
  }
  // Dates the article's own text repeats; the page's (threads, profiles) only without.
  const inArticle = frequentDates(
    pageTextIn(document, 'article', MAX_PAGE_TEXT_CHARS),
    options,
    MAX_PAGE_DATES,
  );
  const frequent =
    inArticle.length > 0
      ? inArticle
      : frequentDates(pageTextIn(document, 'page', MAX_PAGE_TEXT_CHARS), options, MAX_PAGE_DATES);
  return {
    dates: frequent.map((value) => ({ value, source: 'text', kind: 'published' })),
    shown: null,
    shownInText: null,
    headline,
  };
};

/** Page-wide dates offered when nothing names one: the likeliest few, in order. */
const MAX_PAGE_DATES = 3;
/**
 * How much of the page's text (outside comments, teaser lists, navigation and footers)
 * is searched for dates: headers and the article's top.
 */
const MAX_PAGE_TEXT_CHARS = 30_000;
/** Enough candidates for published and modified; more costs time for nothing. */
const MAX_CANDIDATES = 8;
