import { parseDateValue } from '../../text/date-value.ts';
import type { DateCandidate } from '../document.ts';

/**
 * A markup instant written in UTC (`Z`, `+00:00`) next to the day the page shows by its
 * headline: when the instant falls on the shown day in some time zone, the shown day is
 * the page's own (the publisher's wall clock), and the candidate carries it as `pageDay`.
 * A date-only value, or an instant with its own offset, is the page's day as written and
 * is never moved.
 */
export const shownDayOf = (candidate: DateCandidate, shownDay: string): DateCandidate => {
  const parsed = parseDateValue(candidate.value);
  if (!parsed?.inUtc || !parsed.at || parsed.date === shownDay) return candidate;
  const instant = Date.parse(parsed.at);
  const dayStart = Date.parse(`${shownDay}T00:00:00Z`);
  // The instant lies on the shown day somewhere: between its start at UTC+14 and its
  // end at UTC-12, the zones in use.
  const onShownDay =
    instant >= dayStart - MAX_AHEAD_MS && instant < dayStart + DAY_MS + MAX_BEHIND_MS;
  return onShownDay ? { ...candidate, pageDay: shownDay } : candidate;
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** The farthest zone ahead of UTC (Kiribati, UTC+14)... */
const MAX_AHEAD_MS = 14 * HOUR_MS;
/** ...and behind it (UTC-12). */
const MAX_BEHIND_MS = 12 * HOUR_MS;
