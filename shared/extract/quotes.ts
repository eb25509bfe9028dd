import type { Quote } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import { type Span, sentenceSpans } from '../text/sentences.ts';
import type { ResolvedMention } from './entities/index.ts';
import { type Attribution, attributionAfter, attributionBefore } from './quotes/attribution.ts';
import { type Gender, genderOfPeople } from './quotes/gender.ts';
import { resolvePronoun } from './quotes/pronouns.ts';
import { type QuoteSpan, quoteSpans } from './quotes/quote-marks.ts';

/**
 * Direct quotes: text in double quotes that is a few words long or follows a verb of
 * saying. The speaker is the one the rest of the quote's sentence names (`," said
 * <role> <Name>`, `," <Name>, a shopkeeper, said`, `," according to <Name>`), else the
 * subject of the sentence before it (`<Name> told reporters: "`), a pronoun (`she
 * said`) resolving to the nearest earlier person of matching gender; a quote with no
 * attribution of its own that continues another in the same paragraph keeps its speaker.
 */
export const extractQuotes = (
  paragraphs: readonly string[],
  mentions: readonly ResolvedMention[],
): Quote[] => {
  const quotes: Quote[] = [];
  const sorted = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const byParagraph = mentionsByParagraph(sorted);
  const genders = genderOfPeople(paragraphs, sorted);
  paragraphs.forEach((paragraph, index) => {
    const inParagraph = byParagraph.get(index) ?? [];
    const spans = sentenceSpans(paragraph);
    spendWork(paragraph.length, 'quotes');
    // The sentence holding `at` (or, between two sentences, the next one).
    const sentenceAt = (at: number): Span =>
      spans.find((s) => at < s.end) ?? { start: 0, end: paragraph.length };
    const found = quoteSpans(paragraph, (at) => paragraph.slice(sentenceAt(at).start, at));
    found.forEach((quote, i) => {
      const sentence = sentenceAt(quote.start);
      const tailEnd = Math.min(sentenceAt(quote.end).end, found[i + 1]?.start ?? paragraph.length);
      // Each quote reads its sentence around it and the paragraph's mentions: many quotes
      // in one long paragraph cost their product, which the budget must see.
      spendWork(spans.length + (tailEnd - sentence.start) + inParagraph.length, 'quotes');
      const attribution =
        tailAttribution(paragraph, quote, tailEnd, inParagraph) ??
        attributionBefore(paragraph, sentence.start, quote.start, inParagraph);
      const speaker = attribution
        ? speakerOf(attribution, index, sorted, genders)
        : previousSpeaker(quotes, index);
      quotes.push({ text: quote.text, ...(speaker ? { speaker } : {}), paragraph: index });
    });
  });
  return quotes;
};

const STARTS_CAPITALISED = /^[\s,]*\p{Lu}/u;

/** After `"... again."` a capitalised word starts the next sentence, not an attribution. */
const tailAttribution = (
  paragraph: string,
  quote: QuoteSpan,
  tailEnd: number,
  inParagraph: readonly ResolvedMention[],
): Attribution | undefined => {
  if (quote.closesSentence && STARTS_CAPITALISED.test(paragraph.slice(quote.end, tailEnd)))
    return undefined;
  return attributionAfter(paragraph, quote.end, tailEnd, inParagraph);
};

const speakerOf = (
  attribution: Attribution,
  paragraph: number,
  sorted: readonly ResolvedMention[],
  genders: ReadonlyMap<string, Gender>,
): string | undefined => {
  if (attribution.kind === 'named') return attribution.mention.name;
  if (attribution.kind === 'unnamed') return undefined;
  const at = { paragraph, offset: attribution.offset };
  return resolvePronoun(attribution.pronoun, at, sorted, genders);
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
