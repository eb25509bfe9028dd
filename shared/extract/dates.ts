import type { DateSource } from '../domain/record.ts';
import type { DateCandidate } from '../formats/document.ts';
import { type DateTextOptions, dayOf, findDateInText } from '../text/date-text.ts';
import { localDay } from './local-day.ts';

/**
 * The publication date: the first candidate that parses, taking sources in order of
 * trust (what the file states as a field beats what a page marks up, which beats what
 * prose says). The day is kept as written (the publisher's day); `publishedAt` is set
 * only when the time and its zone are known.
 */
export interface PublishedDates {
  publishedAt?: string;
  publishedDate?: string;
  publishedDateSource?: DateSource;
  modifiedAt?: string;
}

export interface ParsedDate {
  /** `YYYY-MM-DD`, as written. */
  date: string;
  /** An ISO instant, when the value has a time and a zone. */
  at?: string;
  /** Whether that zone was UTC (`Z`, `+00:00`): the day may not be the publisher's. */
  inUtc?: boolean;
  /** A time written without a zone, read as if UTC (ms): the publisher's wall clock. */
  wallClockMs?: number;
}

const SOURCE_RANK: readonly DateSource[] = [
  'header',
  'front-matter',
  'json-ld',
  'meta',
  'time-element',
  'dateline',
  'url',
  'text',
];
/**
 * Earliest year taken for a publication date: the web's news archives start about
 * then, and older values are placeholders, typos or dates the article talks about.
 */
const MIN_YEAR = 1995;
/**
 * How far past `now` a date may lie: time zones put a fresh article up to a day ahead
 * of UTC, and clocks drift; anything later is a scheduled or wrong date.
 */
const MAX_FUTURE_MS = 36 * 60 * 60 * 1000;

export const pickDates = (candidates: readonly DateCandidate[], now: Date): PublishedDates => {
  const ranked = [...candidates].sort(
    (a, b) => SOURCE_RANK.indexOf(a.source) - SOURCE_RANK.indexOf(b.source),
  );
  const published = firstParsed(ranked, 'published', now);
  const modified = firstParsed(ranked, 'modified', now);
  const publishedDate = published && localDay(published.parsed, parsedWallClocks(ranked));
  return {
    ...(published?.parsed.at ? { publishedAt: published.parsed.at } : {}),
    ...(published ? { publishedDate, publishedDateSource: published.source } : {}),
    ...(modified ? { modifiedAt: modified.parsed.at ?? modified.parsed.date } : {}),
  };
};

const firstParsed = (
  candidates: readonly DateCandidate[],
  kind: DateCandidate['kind'],
  now: Date,
): { parsed: ParsedDate; source: DateSource } | undefined => {
  for (const candidate of candidates) {
    if (candidate.kind !== kind) continue;
    const parsed = parseDateValue(candidate.value);
    if (parsed && isPlausible(parsed, now)) return { parsed, source: candidate.source };
  }
  return undefined;
};

const parsedWallClocks = (candidates: readonly DateCandidate[]): ParsedDate[] =>
  candidates
    .filter((candidate) => candidate.kind === 'published')
    .map((candidate) => parseDateValue(candidate.value))
    .filter((parsed): parsed is ParsedDate => parsed?.wallClockMs !== undefined);

const isPlausible = (parsed: ParsedDate, now: Date): boolean => {
  const instant = Date.parse(parsed.at ?? `${parsed.date}T00:00:00Z`);
  return Number(parsed.date.slice(0, 4)) >= MIN_YEAR && instant - now.getTime() <= MAX_FUTURE_MS;
};

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
  return { ...day0, at: new Date(utc - offset).toISOString(), inUtc: offset === 0 };
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

/**
 * A month and day without a year (a wire dateline's `Jan 14`) as a full date: the most
 * recent such day not after `now` (news reports the past), or null when it is no date.
 */
export const resolveMonthDay = (monthDay: string, now: Date): string | null => {
  const year = now.getUTCFullYear();
  for (const candidate of [year, year - 1]) {
    const parsed = parseDateValue(`${monthDay} ${candidate}`);
    if (parsed && isPlausible(parsed, now)) return parsed.date;
  }
  return null;
};

const KEY_DATE =
  /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;
/** `/2017/7/12/`: some blog engines leave month and day unpadded between slashes. */
const UNPADDED_PATH_DATE = /\/((?:19|20)\d{2})\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\//;

/** A date in an object key or URL path (`news/2026/01/14/story.txt`), as `YYYY-MM-DD`. */
export const dateInPath = (path: string): string | null => {
  const match = path.match(KEY_DATE) ?? path.match(UNPADDED_PATH_DATE);
  return match ? dayOf(match[1], Number(match[2]), match[3]) : null;
};
