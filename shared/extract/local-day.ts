import type { ParsedDate } from '../text/date-value.ts';

/**
 * The publisher's day for a timestamp written in UTC: pages often state the instant in
 * UTC in JSON-LD and the same instant on their own wall clock elsewhere (`<time>`, a
 * meta tag without a zone, or with the publisher's zone: `08:30+09:00`). When another
 * value has the same minutes and seconds a whole number of quarter hours away (a time
 * zone), and is the same instant when it says which, its day is the day the page shows.
 */
export const localDay = (
  published: ParsedDate,
  wallClocks: readonly ParsedDate[],
  pageClocks: readonly ParsedDate[] = [],
): string => {
  if (!published.inUtc || !published.at) return published.date;
  const instant = Date.parse(published.at);
  const local = wallClocks.find(
    (clock) =>
      (clock.at === undefined || Date.parse(clock.at) === instant) &&
      isSameInstantElsewhere(instant, clock.wallClockMs),
  );
  if (local) return local.date;
  const offset = pageClocks
    .map(offsetOf)
    .find((zone) => zone !== undefined && isMidnightAt(instant, zone));
  return offset === undefined
    ? published.date
    : new Date(instant + offset).toISOString().slice(0, 10);
};

/**
 * A day stored as its local midnight in UTC (`2022-07-18T22:00:00Z` for 19 July in
 * Berlin): CMSs keep a date-only publication day as the instant its day began in the
 * publisher's zone. The zone is one the page writes its own times in (`+02:00` on the
 * modified date); the instant must be that zone's midnight to the millisecond.
 */
const isMidnightAt = (instant: number, offset: number): boolean =>
  offset !== 0 && (instant + offset) % DAY_MS === 0;

/** The zone a time is written in (ms east of UTC), when it states one. */
const offsetOf = (clock: ParsedDate): number | undefined =>
  clock.at === undefined || clock.wallClockMs === undefined
    ? undefined
    : clock.wallClockMs - Date.parse(clock.at);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Time zones are whole quarter hours from UTC... */
const ZONE_STEP_MS = 15 * 60 * 1000;
/** ...and at most 14 hours away. */
const MAX_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

const isSameInstantElsewhere = (instant: number, wallClock: number | undefined): boolean => {
  if (wallClock === undefined) return false;
  const offset = wallClock - instant;
  return offset !== 0 && Math.abs(offset) <= MAX_ZONE_OFFSET_MS && offset % ZONE_STEP_MS === 0;
};
