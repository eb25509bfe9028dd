import { spendWork } from '../domain/work-budget.ts';
import { monthOf } from './month-names.ts';

/**
 * Dates written in prose or page furniture, in the common layouts of European and East
 * Asian news sites: `12. Oktober 2020`, `Apr 08, 2020`, `martes 17 de marzo de 2020`,
 * `16.12.2012`, `2020/10/12`, `2020. 10. 12.`, `2019年3月5日`. Returns the earliest date in the text.
 */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where the date starts in the text. */
  index: number;
}

export interface DateTextOptions {
  /** Read `04/05/2020` as 4 May (true) or April 5 (false, the US order). */
  dayFirst: boolean;
}

// Month names are letters with their marks: Indic scripts write vowels and viramas as
// combining marks (`আগস্ট`, `अगस्त`), and some names are two letters (`मई`, `মে`).
const DAY_MONTH_NAME =
  /(?<![\p{L}\p{M}\d])(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?(\p{L}[\p{L}\p{M}]{1,11})(?:\s*\/\s*\p{L}{3,12})?\.?,?\s*(?:de\s+)?((?:19|20)\d{2})(?!\d)/giu;
const MONTH_NAME_DAY =
  /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]{1,11})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)/giu;
/**
 * `2020-08-18`, `2020/8/18`, `2020.08.18`, and the year-first dotted dates of Hungarian
 * and Korean pages, a space after each dot (`2020. 08. 18.`); the same separator twice.
 */
const YEAR_MONTH_DAY = /(?<!\d)((?:19|20)\d{2})([-/]|\. ?)(\d{1,2})\2(\d{1,2})(?!\d)/g;
const DAY_MONTH_YEAR = /(?<![\d.])(\d{1,2})([./])\s?(\d{1,2})\2\s?((?:19|20)?\d{2})(?![\d])/g;
/**
 * A day, an abbreviated month and a two-digit year, dotted (`03.Mär.19`, `7. Okt. 21`):
 * German-speaking tickers and forums write dates so. Both dots are required, so a day and
 * month before a number (`3 Mar 19 players`) is not read as a date.
 */
const DAY_MONTH_NAME_SHORT_YEAR =
  /(?<![\p{L}\d.])(\d{1,2})\.\s?(\p{L}{3,12})\.\s?(\d{2})(?![\d:])/giu;
const CJK = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;

type Reader = (match: RegExpExecArray, options: DateTextOptions) => string | null;

const READERS: ReadonlyArray<[RegExp, Reader]> = [
  [DAY_MONTH_NAME, (m) => dayOf(m[3], monthOf(m[2]), m[1])],
  [MONTH_NAME_DAY, (m) => dayOf(m[3], monthOf(m[1]), m[2])],
  [DAY_MONTH_NAME_SHORT_YEAR, (m) => dayOf(fullYear(m[3] ?? ''), monthOf(m[2]), m[1])],
  [YEAR_MONTH_DAY, (m) => dayOf(m[1], Number(m[3]), m[4])],
  [CJK, (m) => dayOf(m[1], Number(m[2]), m[3])],
  [DAY_MONTH_YEAR, (m, options) => numericDay(m, options)],
];

/** The earliest date written in `text` (not a clock's or an event's), or null. */
export const findDateInText = (written: string, options: DateTextOptions): FoundDate | null => {
  spendWork(written.length, 'dates-in-text');
  const text = withAsciiDigits(written);
  let best: FoundDate | null = null;
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (best && match.index >= best.index) break;
      const date = read(match, options);
      if (date && !isLabelledOtherDate(text, match.index)) {
        best = { date, index: match.index };
        break;
      }
    }
  }
  return best;
};

/**
 * The dates of a longer text, most often written first, ties broken towards the latest
 * (as htmldate does), at most `limit` of them: a page's own date tends to recur (header,
 * byline, footer), while dates the article talks about or sidebars list appear once
 * each. One pass per layout.
 */
export const frequentDates = (
  written: string,
  options: DateTextOptions,
  limit: number,
): string[] => {
  spendWork(written.length, 'dates-in-text');
  const text = withAsciiDigits(written);
  const found: FoundDate[] = [];
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    let taken = 0;
    for (
      let match = pattern.exec(text);
      match && taken < MAX_DATES_SCANNED;
      match = pattern.exec(text)
    ) {
      const date = read(match, options);
      if (date && !isLabelledOtherDate(text, match.index)) {
        found.push({ date, index: match.index });
        taken += 1;
      }
    }
  }
  const counts = new Map<string, number>();
  for (const { date } of found) counts.set(date, (counts.get(date) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))
    .slice(0, limit)
    .map(([date]) => date);
};

/**
 * The zero of each script's own decimal digits that dates are written in: Arabic-Indic,
 * Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam, Thai, Lao, Myanmar, Khmer, and the full-width digits of CJK text.
 */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040,
  0x17e0, 0xff10,
];
const OTHER_DIGITS_CLASS = `[${DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`;
const HAS_OTHER_DIGIT = new RegExp(OTHER_DIGITS_CLASS, 'u');
const OTHER_DIGIT = new RegExp(OTHER_DIGITS_CLASS, 'gu');

/**
 * The text with every digit of another script as its ASCII digit (`২৯ আগস্ট ২০২০`,
 * `٢٩/٠٨/٢٠٢٠`, `２０２０年`): pages in those scripts write dates in their own digits.
 * Each is one UTF-16 unit, as its replacement, so indices into the text stay valid.
 */
const withAsciiDigits = (text: string): string => {
  if (!HAS_OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (digit) => String(digitValue(digit.charCodeAt(0))));
};

const digitValue = (code: number): number => {
  const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
  return code - zero;
};

/**
 * Labels of dates a page shows that are not its own: the site's clock, an event's
 * schedule, a forum member's join date and a data widget's stamp (`Aktuelle Zeit: ...`,
 * `日時：2019年3月6日`, `Event date: ...`, `Registriert: ...`, `cases ... as on April 25,
 * 2020`: a live table's figures, refreshed long after the article).
 */
const OTHER_DATE_LABEL =
  /(?:aktuelle zeit|current time|heute ist|today is|日\s*時|開催日|event date|veranstaltungsdatum|registriert|registered|joined|member since|mitglied seit|dabei seit|\bas (?:on|of))\s*[:：]?\s*$/i;
/**
 * Words that make a date a deadline, the end of a range or a start to come, in prose a
 * header or page runs into (`open until 2 October 2017`, `bis 25. November 2019`,
 * `Termin: 21.02.2020`, `wir suchen zum 1. April`): what the text is about, not when it
 * was published.
 */
const DEADLINE_LABEL =
  /(?:^|[^\p{L}])(?:until|till|through|deadline|due|bis(?: zum| spätestens)?|ab|zum|frist|termin|jusqu['’]\s*(?:au|à)|hasta(?: el)?|fino al|tot en met)\s*[:：]?\s*$/iu;
/** How far before a date its label is looked for. */
const LABEL_CHARS = 20;

const isLabelledOtherDate = (text: string, index: number): boolean => {
  const before = text.slice(Math.max(0, index - LABEL_CHARS), index);
  return OTHER_DATE_LABEL.test(before) || DEADLINE_LABEL.test(before);
};

/** Dates counted per layout in one text: enough to see which recurs, bounded for speed. */
const MAX_DATES_SCANNED = 40;

/** Two-digit years up to this one are read as 20xx, later ones as 19xx. */
const TWO_DIGIT_PIVOT = 50;

const numericDay = (m: RegExpExecArray, options: DateTextOptions): string | null => {
  const [, first, separator, second, yearText] = m;
  if (yearText === undefined || first === undefined || second === undefined) return null;
  // `2.7.13` is a version number; a two-digit year comes with padded parts (`02.07.13`).
  if (yearText.length === 2 && (first.length < 2 || second.length < 2)) return null;
  // A day and month followed by a clock (`07.11. 09:20`, a ticker's yearless stamp): the
  // two digits are the hour, not a year.
  if (yearText.length === 2 && m.input[m.index + m[0].length] === ':') return null;
  const year = yearText.length === 2 ? fullYear(yearText) : yearText;
  const a = Number(first);
  const b = Number(second);
  // Dots are the European day-first order, unless the second part cannot be a month
  // (`11.15.2019`: American sites dot month-first too); slashes are ambiguous unless one
  // part is > 12.
  const dayFirst =
    (separator === '.' && (b <= 12 || a > 12)) || a > 12 || (b <= 12 && options.dayFirst);
  return dayFirst ? dayOf(year, b, first) : dayOf(year, a, second);
};

/** A two-digit year as four digits, up to the pivot in this century, later in the last. */
const fullYear = (yearText: string): string =>
  String((Number(yearText) <= TWO_DIGIT_PIVOT ? 2000 : 1900) + Number(yearText));

/** `YYYY-MM-DD` when year, month and day make a real day, else null. */
export const dayOf = (
  year: string | undefined,
  month: number,
  day: string | undefined,
): string | null => {
  const y = Number(year);
  const d = Number(day);
  if (!Number.isInteger(month) || month < 1 || month > 12 || d < 1 || d > daysIn(y, month)) {
    return null;
  }
  return `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
