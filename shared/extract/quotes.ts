import type { Quote } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import { type Span, sentenceSpans } from '../text/sentences.ts';
import type { ResolvedMention } from './entities/index.ts';
import { SAYING_VERBS } from './entities/vocabulary.ts';

/**
 * Direct quotes: text in double quotes (straight, curly, « », „ “) that is a few words
 * long or follows a verb of saying (`condemned the "excessive force"`). The speaker is the
 * person or organisation named with a saying verb after the quote (`"...," X said`),
 * else the first one the sentence names before it, else (for `he said`) the last
 * person named before the quote; a quote that continues one in the same paragraph
 * keeps its speaker.
 */
const QUOTED = /"([^"\n]{1,2000})"|“([^”\n]{1,2000})”|«([^»\n]{1,2000})»|„([^“”\n]{1,2000})[“”]/gu;
/** Fewer words than this is a scare quote or a name: kept only after a verb of saying. */
const MIN_QUOTE_WORDS = 4;
/** How many words before a short quote its verb may stand (`condemned on Saturday the`). */
const VERB_WINDOW_WORDS = 6;
const WORDS = /[\p{L}\p{N}'’-]+/gu;
const AFTER_SPEAKER = /^[\s,]*(?:\p{Ll}+\s+){0,1}$/u;
const PRONOUN_SUBJECT = /(?:^|[\s"“])(?:he|she)\s+\p{Ll}+/iu;
const TRIM = /^[\s,.;:]+|[\s,;:]+$/gu;

const words = (text: string): string[] => text.match(WORDS) ?? [];

const hasVerbBefore = (before: string): boolean =>
  words(before)
    .slice(-VERB_WINDOW_WORDS)
    .some((w) => SAYING_VERBS.has(w.toLowerCase()));

const speakers = (mentions: readonly ResolvedMention[]) =>
  mentions.filter((m) => m.kind !== 'place');

const speakerAfter = (
  paragraph: string,
  end: number,
  mentions: readonly ResolvedMention[],
  sentence: Span,
) => {
  for (const m of speakers(mentions)) {
    if (m.start < end || m.start > sentence.end) continue;
    const between = paragraph.slice(end, m.start);
    const after = words(paragraph.slice(m.end, m.end + 20))[0] ?? '';
    const verbBefore = words(between).some((w) => SAYING_VERBS.has(w));
    if (
      (AFTER_SPEAKER.test(between) && SAYING_VERBS.has(after)) ||
      (verbBefore && words(between).length <= 2)
    )
      return m.name;
  }
  return undefined;
};

const speakerFor = (
  paragraph: string,
  quoteStart: number,
  quoteEnd: number,
  sentence: Span,
  inParagraph: readonly ResolvedMention[],
  lastPerson: () => string | undefined,
) => {
  const after = speakerAfter(paragraph, quoteEnd, inParagraph, sentence);
  if (after) return after;
  const subject = speakers(inParagraph).find(
    (m) => m.start >= sentence.start && m.end <= quoteStart,
  );
  if (subject) return subject.name;
  const lead = paragraph.slice(sentence.start, quoteStart);
  if (PRONOUN_SUBJECT.test(lead)) return lastPerson();
  return undefined;
};

export const extractQuotes = (
  paragraphs: readonly string[],
  mentions: readonly ResolvedMention[],
): Quote[] => {
  const quotes: Quote[] = [];
  const sorted = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const byParagraph = mentionsByParagraph(sorted);
  paragraphs.forEach((paragraph, index) => {
    const inParagraph = byParagraph.get(index) ?? [];
    const spans = sentenceSpans(paragraph);
    spendWork(paragraph.length, 'quotes');
    for (const match of paragraph.matchAll(QUOTED)) {
      const text = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').replace(TRIM, '');
      const start = match.index;
      const end = start + match[0].length;
      const sentence = spans.find((s) => s.start <= start && start < s.end) ?? {
        start: 0,
        end: paragraph.length,
      };
      const lead = paragraph.slice(sentence.start, start);
      // Each quote reads its sentence's lead and the paragraph's mentions: many quotes in
      // one long paragraph cost their product, which the budget must see.
      spendWork(spans.length + lead.length + inParagraph.length, 'quotes');
      if (words(text).length < MIN_QUOTE_WORDS && !hasVerbBefore(lead)) continue;
      const lastPerson = () => {
        spendWork(sorted.length, 'quotes');
        return sorted.findLast(
          (m) =>
            m.kind === 'person' &&
            (m.paragraph < index || (m.paragraph === index && m.start < start)),
        )?.name;
      };
      const speaker =
        speakerFor(paragraph, start, end, sentence, inParagraph, lastPerson) ??
        previousSpeaker(quotes, index);
      quotes.push({ text, ...(speaker ? { speaker } : {}), paragraph: index });
    }
  });
  return quotes;
};

const mentionsByParagraph = (
  sorted: readonly ResolvedMention[],
): Map<number, ResolvedMention[]> => {
  const byParagraph = new Map<number, ResolvedMention[]>();
  for (const m of sorted) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  return byParagraph;
};

/** A quote that goes on after `"...," X said.` in the same paragraph is still X's. */
const previousSpeaker = (quotes: readonly Quote[], paragraph: number): string | undefined => {
  const last = quotes.at(-1);
  return last?.paragraph === paragraph ? last.speaker : undefined;
};
