import { ENGLISH_MONTH_ABBREVIATIONS } from './month-names.ts';

/**
 * Sentences of a paragraph: one ends at `.`, `!` or `?` (and closing quotes) followed by
 * a capitalised word or a number, unless the `.` closes an abbreviation (`Mr.`, `Sept.`)
 * or an initial or acronym (`J.`, `U.S.`).
 */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]+["”’')\]]*(?=\s+["“‘'(«„]?[\p{Lu}\p{N}])/gu;
/** The word before a full stop, looked for this far back: abbreviations are short. */
const WORD_WINDOW_CHARS = 12;
const LAST_WORD = /(?:^|\s)(\S+)$/u;
const INITIAL_OR_ACRONYM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;
/** Titles, ranks, company forms and other words written with a full stop, lower-case. */
const ABBREVIATIONS = new Set([
  ...'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep pres rev hon no vs etc inc corp co ltd approx dept univ ft'.split(
    ' ',
  ),
  ...ENGLISH_MONTH_ABBREVIATIONS.map((short) => short.toLowerCase()),
]);

/** Sentence spans in text order; spaces between sentences belong to none. */
export const sentenceSpans = (text: string): Span[] => {
  const spans: Span[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    spans.push({ start, end });
    start = end;
    while (text[start] === ' ') start += 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
};

/** The first sentence of a paragraph, trimmed; the whole paragraph when it has one. */
export const firstSentence = (text: string): string => {
  for (const end of sentenceEnds(text)) return text.slice(0, end).trim();
  return text.trim();
};

/** Where sentences end, lazily, so a caller that needs one sentence reads no further. */
function* sentenceEnds(text: string): Generator<number> {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0].startsWith('.') && closesAbbreviation(text, start, match.index)) continue;
    const end = match.index + match[0].length;
    yield end;
    start = end;
  }
}

const closesAbbreviation = (text: string, sentenceStart: number, stop: number): boolean => {
  const window = text.slice(Math.max(sentenceStart, stop - WORD_WINDOW_CHARS), stop);
  return isAbbreviation(window.match(LAST_WORD)?.[1] ?? '');
};

/** A word its full stop does not end a sentence after: `Gov`, `Sept`, `J`, `U.S`. */
export const isAbbreviation = (word: string): boolean =>
  INITIAL_OR_ACRONYM.test(word) || ABBREVIATIONS.has(word.toLowerCase());
