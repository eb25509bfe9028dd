import { SAYING_VERBS } from '../entities/vocabulary.ts';

/** A quotation found in a paragraph: its text and where its marks open and close. */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** The quoted words end a sentence of their own (`"... twice."`), not a clause (`"...,"`). */
  closesSentence: boolean;
}

/** Text in double quotes: straight, curly, « », „ “. */
const QUOTED = /"([^"\n]{1,2000})"|“([^”\n]{1,2000})”|«([^»\n]{1,2000})»|„([^“”\n]{1,2000})[“”]/gu;
/** Fewer words than this is a scare quote or a name: kept only after a verb of saying. */
const MIN_QUOTE_WORDS = 4;
/** How many words before a short quote its verb may stand (`condemned on Saturday the`). */
const VERB_WINDOW_WORDS = 6;
const WORDS = /[\p{L}\p{N}'’-]+/gu;
const TRIM = /^[\s,.;:]+|[\s,;:]+$/gu;
const SENTENCE_CLOSE = /[.!?]\s*$/u;

/** The words of a text (letters, digits, inner apostrophes and hyphens). */
export const words = (text: string): string[] => text.match(WORDS) ?? [];

const OPENS_SENTENCE = /^\p{Lu}/u;
const BLANK = /^\s*$/u;

/** `"It is time."` standing as a sentence of its own is speech, however short. */
const wholeSentence = (text: string, lead: string): boolean =>
  BLANK.test(lead) && OPENS_SENTENCE.test(text) && SENTENCE_CLOSE.test(text);

const hasVerbBefore = (before: string): boolean =>
  words(before)
    .slice(-VERB_WINDOW_WORDS)
    .some((w) => SAYING_VERBS.has(w.toLowerCase()));

/**
 * The quotations of a paragraph, in order. A short one (`"green zone"`, `"The Salt
 * Road"`) counts only after a verb of saying in its sentence (`condemned the "excessive
 * force"`); `leadOf` gives the sentence's text before a position.
 */
export const quoteSpans = (paragraph: string, leadOf: (at: number) => string): QuoteSpan[] => {
  const spans: QuoteSpan[] = [];
  for (const match of paragraph.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    const text = inner.replace(TRIM, '');
    const start = match.index;
    const lead = leadOf(start);
    if (words(text).length < MIN_QUOTE_WORDS && !hasVerbBefore(lead) && !wholeSentence(text, lead))
      continue;
    spans.push({
      text,
      start,
      end: start + match[0].length,
      closesSentence: SENTENCE_CLOSE.test(inner),
    });
  }
  return spans;
};
