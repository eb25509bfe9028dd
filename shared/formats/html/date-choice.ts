import { parseDateValue } from '../../text/date-value.ts';
import type { DateCandidate } from '../document.ts';

/**
 * Markup dates (JSON-LD, `<meta>`, `<time datetime>`) checked against the date the page
 * shows by its headline. Readers, and the people who annotate dates, go by what the
 * page shows; markup goes stale when a CMS stamps a creation date or an article is
 * refreshed. The shown date wins when it is a publication date that contradicts a
 * plain `<meta>` date and no JSON-LD states one: meta tags are the likeliest to be a
 * template's default. A shown update (`Updated May 6, 2019`, or the markup's own
 * modified day) never replaces the publication date: htmldate's convention, and some
 * gold sets', is the latest date shown, but a reader of `publishedDate` wants the day
 * the article first appeared; the update is `modifiedAt`.
 * The markup's publication dates are then dropped, so the shown date is picked.
 */
export const reconcileShownDate = (
  markup: readonly DateCandidate[],
  shown: DateCandidate | null,
): DateCandidate[] => {
  const shownDay = shown && dayOf(shown);
  if (!shown || !shownDay || !showsOwnDate(markup, shown, shownDay)) return [...markup];
  return [
    { ...shown, kind: 'published' },
    ...markup.filter((candidate) => candidate.kind !== 'published'),
  ];
};

const showsOwnDate = (
  markup: readonly DateCandidate[],
  shown: DateCandidate,
  shownDay: string,
): boolean => {
  // `<time datetime>` values are the shown dates' machine twins, not a second opinion.
  const stated = markup.filter(
    (candidate) => candidate.kind === 'published' && candidate.source !== 'time-element',
  );
  const statedDays = new Set(stated.map(dayOf));
  if (statedDays.size === 0 || statedDays.has(shownDay)) return false;
  // An update (labelled, or the markup's own modified day) stays an update: it is
  // `modifiedAt`, and `publishedDate` stays the day the article was first published.
  if (shown.kind === 'modified') return false;
  const modifiedDays = markup.filter((candidate) => candidate.kind === 'modified').map(dayOf);
  if (modifiedDays.includes(shownDay)) return false;
  return stated.every((candidate) => candidate.source === 'meta');
};

const dayOf = (candidate: DateCandidate): string | null =>
  parseDateValue(candidate.value)?.date ?? null;
