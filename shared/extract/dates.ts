import type { DateSource } from '../domain/record.ts';
import type { DateCandidate } from '../formats/document.ts';
import { dayOf } from '../text/date-text.ts';
import { type ParsedDate, parseDateValue } from '../text/date-value.ts';
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
  /** The winning candidate's value as the file wrote it (see `DateCandidate.raw`). */
  datePublishedRaw?: string;
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
  // Last: a PDF's CreationDate is the day the file was written, often long after the story.
  'file-info',
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
  const ranked = withShownYears(candidates).sort((a, b) => rankOf(a) - rankOf(b));
  const published = firstParsed(ranked, 'published', now);
  const modified = firstParsed(ranked, 'modified', now);
  // The page's own day: shown by its headline, else its wall clock elsewhere (`localDay`).
  const publishedDate =
    published &&
    (published.pageDay ??
      localDay(published.parsed, parsedWallClocks(ranked), parsedClocks(ranked)));
  return {
    ...(published?.parsed.at ? { publishedAt: published.parsed.at } : {}),
    ...(published ? { publishedDate, publishedDateSource: published.source } : {}),
    ...(modified ? { modifiedAt: modified.parsed.at ?? modified.parsed.date } : {}),
    ...(published?.raw ? { datePublishedRaw: published.raw } : {}),
  };
};

/**
 * A wire dateline's `Jan 14` carries no year: `resolveMonthDay` guesses the latest one
 * before now. When the page also shows a full date on that month and day (a byline's
 * `Wednesday, 14 Jan 2020`), that is the same day, and its year is the page's word, not
 * a guess: the dateline takes it.
 */
const withShownYears = (candidates: readonly DateCandidate[]): DateCandidate[] => {
  const shownDays = candidates
    .filter((candidate) => candidate.source !== 'dateline' && candidate.kind === 'published')
    .map((candidate) => parseDateValue(candidate.value)?.date)
    .filter((day): day is string => day !== undefined);
  return candidates.map((candidate) => {
    if (candidate.source !== 'dateline') return candidate;
    const guessed = parseDateValue(candidate.value)?.date;
    const monthDay = guessed?.slice(4);
    const shown = shownDays.find((day) => day.slice(4) === monthDay);
    return shown && shown !== guessed ? { ...candidate, value: shown } : candidate;
  });
};

/**
 * A date the page shows by its headline goes before the one in its address: the URL's
 * day is when the address was made (a draft's day, a story moved or re-filed), the
 * byline's is what the reader is told. Other text dates stay behind the URL's.
 */
const rankOf = (candidate: DateCandidate): number => {
  const rank = SOURCE_RANK.indexOf(candidate.source);
  return candidate.byHeadline && candidate.source === 'text' ? URL_RANK - 0.5 : rank;
};
const URL_RANK = SOURCE_RANK.indexOf('url');

const firstParsed = (
  candidates: readonly DateCandidate[],
  kind: DateCandidate['kind'],
  now: Date,
): { parsed: ParsedDate; source: DateSource; raw?: string; pageDay?: string } | undefined => {
  for (const candidate of candidates) {
    if (candidate.kind !== kind) continue;
    const parsed = parseDateValue(candidate.value);
    if (parsed && isPlausible(parsed, now)) {
      return {
        parsed,
        source: candidate.source,
        raw: rawValueOf(candidate),
        pageDay: candidate.pageDay,
      };
    }
  }
  return undefined;
};

/** Sources whose value we wrote (a day read from a URL, prose or a dateline), not the file. */
const DERIVED_SOURCES: ReadonlySet<DateSource> = new Set(['url', 'text', 'dateline']);

const rawValueOf = (candidate: DateCandidate): string | undefined =>
  candidate.raw ?? (DERIVED_SOURCES.has(candidate.source) ? undefined : candidate.value);

const parsedWallClocks = (candidates: readonly DateCandidate[]): ParsedDate[] =>
  parsedClocks(candidates.filter((candidate) => candidate.kind === 'published'));

/** Every candidate's time that shows a wall clock (zoned or not), published or modified. */
const parsedClocks = (candidates: readonly DateCandidate[]): ParsedDate[] =>
  candidates
    .map((candidate) => parseDateValue(candidate.value))
    .filter((parsed): parsed is ParsedDate => parsed?.wallClockMs !== undefined);

const isPlausible = (parsed: ParsedDate, now: Date): boolean => {
  const instant = Date.parse(parsed.at ?? `${parsed.date}T00:00:00Z`);
  return Number(parsed.date.slice(0, 4)) >= MIN_YEAR && instant - now.getTime() <= MAX_FUTURE_MS;
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
