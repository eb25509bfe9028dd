import type { TemporalRef } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, monthOf } from '../text/month-names.ts';

/**
 * Time expressions resolved against the publication date (`YYYY-MM-DD`) with a past
 * bias, as news reports what happened: `on Saturday` in a Wednesday story is the
 * Saturday before; `in March` is the latest March not after publication; only `next`
 * (`tomorrow`, and a deadline: `by Friday`) look forward. Weeks resolve to their Monday. Earlier patterns win
 * where matches overlap.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** `May.` too: some styles stop every month name they shorten. */
const MONTH_SHORT = [...ENGLISH_MONTH_ABBREVIATIONS, 'May'].join('|');
const MONTH_ANY = `(?:${ENGLISH_MONTHS.join('|')}|(?:${MONTH_SHORT})\\.?)`;
const DAY = 86_400_000;
/** An explicit date up to this far after publication is an announced event, not last year's. */
const FUTURE_GRACE_DAYS = 31;

const PATTERNS: ReadonlyArray<[RegExp, Resolver]> = [
  [/\b(?:\d{4})-(?:\d{2})-(?:\d{2})\b/gu, (m) => ({ value: m[0], granularity: 'day' })],
  [
    new RegExp(
      `\\b(?:[Oo]n\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ANY})(?:,?\\s+(\\d{4}))?(?![\\p{L}])`,
      'gu',
    ),
    (m, pub) => explicitDay(m[2], m[1], m[3], pub),
  ],
  [
    new RegExp(
      `\\b(?:[Oo]n\\s+)?(${MONTH_ANY})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    (m, pub) => explicitDay(m[1], m[2], m[3], pub),
  ],
  [new RegExp(`\\btoday\\s*\\((?:${WEEKDAYS.join('|')})\\)`, 'gu'), (_m, pub) => day(pub, 0)],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gu, (_m, pub) => day(pub, 0)],
  [/\byesterday\b/gu, (_m, pub) => day(pub, -1)],
  [/\btomorrow\b/gu, (_m, pub) => day(pub, 1)],
  [
    new RegExp(
      `\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext|by|until)\\s+)?(${WEEKDAYS.join('|')})\\b`,
      'gu',
    ),
    (m, pub) => weekday(m[1]?.toLowerCase(), m[2] ?? '', pub),
  ],
  [
    /\b(last|this|next|past) (week|month|year)\b/giu,
    (m, pub) => relativePeriod((m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase(), pub),
  ],
  [
    new RegExp(
      `(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?\\b(${ENGLISH_MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b`,
      'gu',
    ),
    (m, pub) => month(m[1]?.toLowerCase(), m[2] ?? '', m[3], pub),
  ],
  [
    /(?<=\b(?:in|since|by|until|during|of) )(?:19|20)\d{2}\b/gu,
    (m) => ({ value: m[0], granularity: 'year' }),
  ],
];

type Resolved = Omit<TemporalRef, 'text'> | null;
type Resolver = (match: RegExpMatchArray, pub: Date) => Resolved;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const day = (pub: Date, offset: number): Resolved => ({
  value: iso(new Date(pub.getTime() + offset * DAY)),
  granularity: 'day',
});
const monthValue = (year: number, monthIndex: number) =>
  iso(new Date(Date.UTC(year, monthIndex, 1))).slice(0, 7);

/** 0-based month of a written name (`March`, `Sept.`), or -1. */
const monthIndex = (name: string | undefined): number => monthOf(name?.replace('.', '')) - 1;

const explicitDay = (
  monthName: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
  pub: Date,
): Resolved => {
  const m = monthIndex(monthName);
  const d = Number(dayText);
  if (m < 0 || d < 1 || d > 31) return null;
  let year = yearText ? Number(yearText) : pub.getUTCFullYear();
  if (!yearText && Date.UTC(year, m, d) > pub.getTime() + FUTURE_GRACE_DAYS * DAY) year -= 1;
  const date = new Date(Date.UTC(year, m, d));
  return date.getUTCDate() === d ? { value: iso(date), granularity: 'day' } : null;
};

const weekday = (prefix: string | undefined, name: string, pub: Date): Resolved => {
  const target = WEEKDAYS.indexOf(name);
  const back = (pub.getUTCDay() - target + 7) % 7;
  if (prefix === 'next') return day(pub, 7 - back === 0 ? 7 : 7 - back);
  if (prefix === 'by' || prefix === 'until') return day(pub, (7 - back) % 7); // a deadline: ahead
  if (prefix === 'last') return day(pub, back === 0 ? -7 : -back);
  return day(pub, -back);
};

const relativePeriod = (which: string, unit: string, pub: Date): Resolved => {
  const step = which === 'next' ? 1 : which === 'this' ? 0 : -1;
  if (unit === 'year') return { value: String(pub.getUTCFullYear() + step), granularity: 'year' };
  if (unit === 'month')
    return {
      value: monthValue(pub.getUTCFullYear(), pub.getUTCMonth() + step),
      granularity: 'month',
    };
  const monday = (pub.getUTCDay() + 6) % 7;
  return day(pub, -monday + step * 7);
};

const month = (
  prefix: string | undefined,
  name: string,
  yearText: string | undefined,
  pub: Date,
): Resolved => {
  const m = monthIndex(name);
  if (name === 'May' && !prefix && !yearText) return null; // "May" alone is usually the verb
  if (yearText) return { value: monthValue(Number(yearText), m), granularity: 'month' };
  const current = pub.getUTCMonth();
  const year = pub.getUTCFullYear();
  if (prefix === 'next')
    return { value: monthValue(m > current ? year : year + 1, m), granularity: 'month' };
  if (prefix === 'last')
    return { value: monthValue(m < current ? year : year - 1, m), granularity: 'month' };
  return { value: monthValue(m <= current ? year : year - 1, m), granularity: 'month' };
};

/** Temporal references of the paragraphs, in text order; none without a publication date. */
export const extractTemporalRefs = (
  paragraphs: readonly string[],
  publishedDate: string | undefined,
): TemporalRef[] => {
  if (!publishedDate) return [];
  const pub = new Date(`${publishedDate}T00:00:00Z`);
  if (Number.isNaN(pub.getTime())) return [];
  return paragraphs.flatMap((paragraph) => paragraphRefs(paragraph, pub));
};

const paragraphRefs = (paragraph: string, pub: Date): TemporalRef[] => {
  const taken: Array<{ start: number; end: number; ref: TemporalRef }> = [];
  spendWork(paragraph.length, 'temporal-refs');
  for (const [pattern, resolve] of PATTERNS) {
    for (const match of paragraph.matchAll(pattern)) {
      // Each match is checked against those taken: many in one paragraph cost their square.
      spendWork(taken.length, 'temporal-refs');
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      const resolved = resolve(match, pub);
      if (resolved) taken.push({ start, end, ref: { text: match[0], ...resolved } });
    }
  }
  return taken.sort((a, b) => a.start - b.start).map((t) => t.ref);
};
