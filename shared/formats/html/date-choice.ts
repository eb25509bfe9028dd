import { parseDateValue } from '../../text/date-value.ts';
import type { DateCandidate } from '../document.ts';
import { shownDayOf } from './shown-day.ts';

/**
 * Markup dates (JSON-LD, `<meta>`, `<time datetime>`) checked against the date the page
 * shows by its headline. Readers, and the people who annotate dates, go by what the
 * page shows; markup goes stale when a CMS stamps a creation date or an article is
 * refreshed. Independent sources that agree on the day confirm each other:
 * - a UTC instant that falls on the shown day in some time zone is that day's (the page
 *   states the instant in UTC and shows its own wall clock's day);
 * - when the markup's publication dates disagree, those on the shown day stay and the
 *   others go (two sources against one);
 * - the shown date wins when it is a publication date that contradicts a plain `<meta>`
 *   date and no JSON-LD states one: meta tags are the likeliest to be a template's
 *   default. The markup's publication dates are then dropped, so the shown date is picked.
 * A shown update (`Updated May 6, 2019`, or the markup's own modified day) never replaces
 * the publication date: htmldate's convention, and some gold sets', is the latest date
 * shown, but a reader of `publishedDate` wants the day the article first appeared; the
 * update is `modifiedAt`.
 * A shown date found only in the header's text (`inText`, no date element) is weaker.
 */
export const reconcileShownDate = (
  markup: readonly DateCandidate[],
  shown: DateCandidate | null,
  { inText = false }: { inText?: boolean } = {},
): DateCandidate[] => {
  const shownDay = shown && dayOf(shown);
  if (!shown || !shownDay) return [...markup];
  // A date line in the header's plain text only checks the `<time>`s: it neither moves
  // nor overrules what JSON-LD or a meta tag states.
  if (inText) {
    return statedOf(markup).length === 0
      ? timesCheckedAgainst(markup, shown, shownDay)
      : [...markup];
  }
  const placed = shown.kind === 'published' ? markup.map((c) => shownDayOf(c, shownDay)) : markup;
  if (statedOf(placed).length === 0) return timesCheckedAgainst(placed, shown, shownDay);
  if (!showsOwnDate(placed, shown, shownDay)) return withoutContradicted(placed, shown, shownDay);
  return [
    { ...shown, kind: 'published' },
    ...placed.filter((candidate) => candidate.kind !== 'published'),
  ];
};

/** Publication dates the markup states itself, not the shown dates' machine twins. */
const statedOf = (markup: readonly DateCandidate[]): DateCandidate[] =>
  // `<time datetime>` values are the shown dates' machine twins, not a second opinion.
  markup.filter(
    (candidate) => candidate.kind === 'published' && candidate.source !== 'time-element',
  );

const showsOwnDate = (
  markup: readonly DateCandidate[],
  shown: DateCandidate,
  shownDay: string,
): boolean => {
  const stated = statedOf(markup);
  const statedDays = new Set(stated.map(dayOf));
  if (statedDays.size === 0 || statedDays.has(shownDay)) return false;
  // An update (labelled, or the markup's own modified day) stays an update: it is
  // `modifiedAt`, and `publishedDate` stays the day the article was first published.
  if (shown.kind === 'modified') return false;
  const modifiedDays = markup.filter((candidate) => candidate.kind === 'modified').map(dayOf);
  if (modifiedDays.includes(shownDay)) return false;
  return stated.every((candidate) => candidate.source === 'meta');
};

/**
 * When the markup's publication dates disagree and the shown publication date sides with
 * some of them, the others are dropped: a stale or template date loses two to one.
 */
const withoutContradicted = (
  markup: readonly DateCandidate[],
  shown: DateCandidate,
  shownDay: string,
): DateCandidate[] => {
  if (shown.kind !== 'published') return [...markup];
  const stated = statedOf(markup);
  const agreeing = stated.filter((candidate) => dayOf(candidate) === shownDay);
  if (agreeing.length === 0 || agreeing.length === stated.length) return [...markup];
  return markup.filter((candidate) => !stated.includes(candidate) || agreeing.includes(candidate));
};

/**
 * With no JSON-LD or meta publication date, `<time datetime>` elements are the markup's
 * only word, and a page has many (an event's time in the text, a live blog's entries):
 * those on the day shown by the headline go first; when none is on it, they date other
 * things and the shown publication date is the article's.
 */
const timesCheckedAgainst = (
  markup: readonly DateCandidate[],
  shown: DateCandidate,
  shownDay: string,
): DateCandidate[] => {
  const isTime = (candidate: DateCandidate) =>
    candidate.kind === 'published' && candidate.source === 'time-element';
  const times = markup.filter(isTime);
  if (shown.kind !== 'published' || times.length === 0) return [...markup];
  const onShownDay = times.filter((candidate) => dayOf(candidate) === shownDay);
  if (onShownDay.length === 0) return [shown, ...markup.filter((c) => !isTime(c))];
  return [...onShownDay, ...markup.filter((candidate) => !onShownDay.includes(candidate))];
};

const dayOf = (candidate: DateCandidate): string | null =>
  candidate.pageDay ?? parseDateValue(candidate.value)?.date ?? null;
