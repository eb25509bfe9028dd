import { englishMonthOfPrefix } from '../../text/month-names.ts';

/**
 * RSS dates are RFC 822 (`Tue, 04 Nov 2025 08:30:00 +0100`); they are turned into ISO
 * 8601 with the offset as written, so the publisher's day and the instant both survive
 * (the date picker reads ISO values fully, prose dates only for their day).
 */

const RFC_822 =
  /^\s*(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?\s*$/i;

/** RFC 822's zone names (and the military `Z`); others are read as unknown. */
const ZONES: Record<string, string> = {
  ut: '+00:00',
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

/** Two-digit years: RFC 822 allowed them; news feeds are all from this century. */
const CENTURY = 2000;

/** An RFC 822 date as ISO 8601 (`2025-11-04T08:30:00+01:00`); any other value as written. */
export const feedDate = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = trimmed.match(RFC_822);
  if (!match) return trimmed;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = englishMonthOfPrefix(monthName ?? '');
  if (month === 0) return trimmed;
  const fullYear = year?.length === 2 ? CENTURY + Number(year) : Number(year);
  const date = `${fullYear}-${pad(month)}-${pad(Number(day))}`;
  const time = `${pad(Number(hour))}:${minute}:${second ?? '00'}`;
  const offset = zoneOffset(zone);
  // Without a known zone the wall-clock time is kept without one (the day is still right).
  return `${date}T${time}${offset ?? ''}`;
};

const zoneOffset = (zone: string | undefined): string | undefined => {
  if (zone === undefined) return undefined;
  if (zone.startsWith('+') || zone.startsWith('-')) {
    const digits = zone.replace(':', '');
    return `${digits.slice(0, 3)}:${digits.slice(3)}`;
  }
  return ZONES[zone.toLowerCase()];
};

const pad = (n: number): string => String(n).padStart(2, '0');
