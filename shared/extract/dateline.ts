import { englishMonthOfPrefix } from '../text/month-names.ts';

/**
 * A wire-style dateline at the start of the lede: `MOSCOW, Nov 5 (Reuters) -`,
 * `WASHINGTON (AP) —`, `PORTLAND, Maine —`. The place is the dateline; its month and
 * day (no year) are kept for the date extractor; the agency is left for later work.
 */
export interface Dateline {
  /** The place, in title case (`Moscow`, `Portland, Maine`). */
  place: string;
  /** The lede after the dateline. */
  rest: string;
  /** `Jan 14` / `14 Jan`, when the dateline gives one. */
  monthDay?: string;
}

const WIRE_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(?:, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?(?:, (\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}))?(?: \(([^)]{2,40})\))? ?[-–—]{1,2} /u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
/** How far after a dateline its prose must start. */
const PROSE_WINDOW_CHARS = 40;
const UPPER_WORD = /\p{Lu}[\p{Lu}\p{M}'’]+/gu;

export const readDateline = (lede: string, stated?: string): Dateline | undefined => {
  const match = lede.match(WIRE_DATELINE);
  if (!match?.[1] || !hasLowerCaseAfter(lede, match[0].length)) {
    return stated ? { place: stated, rest: lede } : undefined;
  }
  const city = titleCase(match[1]);
  const place = match[2] && !isMonth(match[2]) ? `${city}, ${match[2]}` : city;
  const rest = lede.slice(match[0].length);
  return { place: stated ?? place, rest, ...(match[3] ? { monthDay: match[3] } : {}) };
};

/** Guards against a headline-case opening: the dateline must be followed by prose. */
const hasLowerCaseAfter = (lede: string, offset: number): boolean =>
  LOWER_CASE_LETTER.test(lede.slice(offset, offset + PROSE_WINDOW_CHARS));

const titleCase = (upper: string): string =>
  upper.replace(UPPER_WORD, (word) => word[0] + word.slice(1).toLowerCase());

const isMonth = (word: string): boolean => englishMonthOfPrefix(word) > 0;
