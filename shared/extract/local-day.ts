import type { ParsedDate } from '../text/date-value.ts';

/**
 * The publisher's day for a timestamp written in UTC: pages often state the instant in
 * UTC in JSON-LD and the same instant on their own wall clock elsewhere (`<time>`, a
 * meta tag without a zone, or with the publisher's zone: `08:30+09:00`). When another
 * value has the same minutes and seconds a whole number of quarter hours away (a time
 * zone), and is the same instant when it says which, its day is the day the page shows.
 */
export const localDay = (published: ParsedDate, wallClocks: readonly ParsedDate[]): string => {
  if (!published.inUtc || !published.at) return published.date;
  const instant = Date.parse(published.at);
  const local = wallClocks.find(
    (clock) =>
      (clock.at === undefined || Date.parse(clock.at) === instant) &&
      isSameInstantElsewhere(instant, clock.wallClockMs),
  );
  return local?.date ?? published.date;
};

/** Time zones are whole quarter hours from UTC... */
const ZONE_STEP_MS = 15 * 60 * 1000;
/** ...and at most 14 hours away. */
const MAX_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

const isSameInstantElsewhere = (instant: number, wallClock: number | undefined): boolean => {
  if (wallClock === undefined) return false;
  const offset = wallClock - instant;
  return offset !== 0 && Math.abs(offset) <= MAX_ZONE_OFFSET_MS && offset % ZONE_STEP_MS === 0;
};
