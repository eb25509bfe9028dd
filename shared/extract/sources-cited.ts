import { spendWork } from '../domain/work-budget.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { AGENCY_FORMS, agencyName } from './news-agencies.ts';

/**
 * Agencies and outlets the text cites: a known agency (see news-agencies.ts) named in a
 * sentence that cites (`according to`, `(Reuters)`, `AFP reported`, `told the BBC`), and
 * any name after `according to the ... news agency` or `... news agency X`.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const NAME_CHAR = /[\p{L}\p{N}]/u;
/** Agency forms by their first word, so a sentence is scanned once, word by word. */
const FORMS_BY_FIRST_WORD = new Map<string, string[]>();
/** The characters those first words open with: any other word is passed over unlooked-up. */
const FIRST_WORD_OPENINGS = new Set<number>();
for (const form of AGENCY_FORMS) {
  const first = form.match(/^[\p{L}\p{N}]+/u)?.[0] ?? form;
  FORMS_BY_FIRST_WORD.set(first, [...(FORMS_BY_FIRST_WORD.get(first) ?? []), form]);
  FIRST_WORD_OPENINGS.add(first.charCodeAt(0));
}
const CITING =
  /\baccording to\b|\breport(?:s|ed)?\b|\btold\b|\bsaid\b|\bsays\b|\bquot(?:ed|ing)\b|\bcit(?:ed|ing)\b|\bnews agency\b|\binterview\b|\bwrote\b|\bvia\b|\bbroadcaster\b|\bnewspaper\b/iu;
const NAMED_AGENCY =
  /\b(?:news agency|press agency|newspaper|broadcaster|news outlet|daily)\s*,?\s*["“«]?((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})/gu;
/** A wire credit: `LISBON, Jan 14 (Harbour Wire) -`. */
const WIRE_CREDIT = /\((\p{Lu}[\p{L}\p{N} .&'’-]{1,40})\)\s*[-–—]/u;
const TRAILING_DOT = /\.$/u;

export const extractSourcesCited = (paragraphs: readonly string[]): string[] => {
  const found = new Set<string>();
  const credit = paragraphs[0]?.match(WIRE_CREDIT)?.[1];
  if (credit) found.add(agencyName(credit) ?? credit);
  for (const paragraph of paragraphs) {
    const hits = knownAgencies(paragraph);
    const spans = hits.length > 0 ? sentenceSpans(paragraph) : [];
    // One unit per character, then each hit looks up its sentence.
    spendWork(paragraph.length + hits.length * (spans.length + 1), 'sources-cited');
    for (const { form, index } of hits) {
      const span = spans.find((s) => s.start <= index && index < s.end);
      const sentence = span ? paragraph.slice(span.start, span.end) : paragraph;
      const end = index + form.length;
      const parenthesised = paragraph[index - 1] === '(' && paragraph[end] === ')';
      if (parenthesised || CITING.test(sentence)) found.add(agencyName(form) ?? form);
    }
    for (const match of paragraph.matchAll(NAMED_AGENCY)) {
      const name = (match[1] ?? '').replace(TRAILING_DOT, '');
      found.add(agencyName(name) ?? name);
    }
  }
  return [...found];
};

/** Known agency forms written in the text, whole words only. */
const knownAgencies = (sentence: string): Array<{ form: string; index: number }> => {
  const hits: Array<{ form: string; index: number }> = [];
  for (const match of sentence.matchAll(WORD)) {
    if (!FIRST_WORD_OPENINGS.has(match[0].charCodeAt(0))) continue;
    const forms = FORMS_BY_FIRST_WORD.get(match[0]);
    if (!forms || NAME_CHAR.test(sentence[match.index - 1] ?? '')) continue;
    const form = forms.find(
      (f) =>
        sentence.startsWith(f, match.index) &&
        !NAME_CHAR.test(sentence[match.index + f.length] ?? ''),
    );
    if (form) hits.push({ form, index: match.index });
  }
  return hits;
};
