/**
 * The first sentence of a paragraph: up to the first `.`, `!` or `?` that is followed by
 * a capitalised word and does not close an abbreviation (`Mr.`, `U.S.`) or an initial.
 */
const SENTENCE_END = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
const LAST_WORD = /(\S+)$/;
const INITIAL_OR_ACRONYM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'univ',
  'ft',
  'e.g',
  'i.e',
]);

export const firstSentence = (text: string): string => {
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(0, match.index);
    const word = before.match(LAST_WORD)?.[1] ?? '';
    const isAbbreviation =
      match[0].startsWith('.') &&
      (ABBREVIATIONS.has(word.toLowerCase()) || INITIAL_OR_ACRONYM.test(word));
    if (!isAbbreviation) return text.slice(0, match.index + match[0].length).trim();
  }
  return text.trim();
};
