/** A date value as written (ISO 8601, its basic form, or prose) -> its day and, when known, its instant. */
import { type DateTextOptions, dayOf, findDateInText } from './date-text.ts';

export interface ParsedDate {
  /** `YYYY-MM-DD`, as written. */
  date: string;
  /** An ISO instant, when the value has a time and a zone. */
  at?: string;
  /** Whether that zone was UTC (`Z`, `+00:00`): the day may not be the publisher's. */
  inUtc?: boolean;
  /**
   * The time as written, read as if UTC (ms): the publisher's wall clock. Set for a time
   * written without a zone and for one with a zone other than UTC (`08:30+09:00` is
   * half past eight on the publisher's clock); not for UTC, which says nothing of it.
   */
  wallClockMs?: number;
}

const NUMERIC =
  /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
/** `20201123T11:02:35Z`: ISO 8601's basic (compact) form. */
const COMPACT =
  /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

/** A date as written -> its day (and instant when known), or null when it is no date. */
export const parseDateValue = (value: string, options = US_ORDER): ParsedDate | null => {
  const numeric = value.match(NUMERIC) ?? value.match(COMPACT);
  if (numeric) return fromNumeric(numeric);
  const found = findDateInText(value, options);
  return found ? { date: found.date } : null;
};

const US_ORDER: DateTextOptions = { dayFirst: false };

const fromNumeric = (match: RegExpMatchArray): ParsedDate | null => {
  const [, year, month, day, hour, minute, second, zone] = match;
  const day0 = fromParts(year, Number(month), day);
  if (!day0 || hour === undefined) return day0;
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
  if (Number(hour) > 23 || Number(minute) > 59) return day0;
  if (zone === undefined) return { ...day0, wallClockMs: utc };
  const offset = zoneOffsetMs(zone);
  const at = new Date(utc - offset).toISOString();
  return offset === 0
    ? { ...day0, at, inUtc: true }
    : { ...day0, at, inUtc: false, wallClockMs: utc };
};

const zoneOffsetMs = (zone: string): number => {
  if (!zone.startsWith('+') && !zone.startsWith('-')) return 0; // Z, UTC, GMT
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return (zone.startsWith('-') ? -1 : 1) * minutes * 60_000;
};

const fromParts = (
  year: string | undefined,
  month: number,
  day: string | undefined,
): ParsedDate | null => {
  const date = dayOf(year, month, day);
  return date ? { date } : null;
};
