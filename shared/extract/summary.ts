import { spendWork } from '../domain/work-budget.ts';
import { sentenceSpans } from '../text/sentences.ts';

/**
 * An extractive summary: the lede's first sentence, then up to two more sentences from
 * the opening paragraphs that score best on content words the article repeats, kept in
 * text order. Cheap: one pass of word counts.
 */
const MAX_SENTENCES = 3;
/** Sentences are taken from the first paragraphs only: news puts the point up front. */
const LEAD_PARAGRAPHS = 5;
/** A summary longer than this stops adding sentences. */
const MAX_CHARS = 600;
/** Shorter sentences are fragments or headings, not summary material. */
const MIN_SENTENCE_WORDS = 6;
/** A summary sentence ends like one (a list item or a caption often does not). */
const SENTENCE_CLOSE = /[.!?]["”’)]*$/u;
const WORD = /\p{L}[\p{L}'’-]{3,}/gu;

const contentWords = (text: string): string[] =>
  (text.match(WORD) ?? []).map((w) => w.toLowerCase());

export const summarize = (paragraphs: readonly string[]): string | undefined => {
  const counts = new Map<string, number>();
  spendWork(
    paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0),
    'summary',
  );
  for (const paragraph of paragraphs)
    for (const w of contentWords(paragraph)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sentences = paragraphs.slice(0, LEAD_PARAGRAPHS).flatMap((paragraph, p) =>
    sentenceSpans(paragraph).map((span, s) => ({
      text: paragraph.slice(span.start, span.end).trim(),
      order: p * 1000 + s,
    })),
  );
  const [first, ...rest] = sentences.filter(
    (s) => s.text.split(' ').length >= MIN_SENTENCE_WORDS && SENTENCE_CLOSE.test(s.text),
  );
  if (!first) return undefined;
  const score = (text: string) => {
    const words = contentWords(text);
    const total = words.reduce((sum, w) => sum + ((counts.get(w) ?? 1) - 1), 0);
    return total / Math.sqrt(words.length + 1);
  };
  const chosen = [first];
  let length = first.text.length;
  for (const candidate of rest
    .map((s) => ({ ...s, score: score(s.text) }))
    .sort((a, b) => b.score - a.score)) {
    if (chosen.length >= MAX_SENTENCES || length + candidate.text.length > MAX_CHARS) continue;
    chosen.push(candidate);
    length += candidate.text.length + 1;
  }
  return chosen
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text)
    .join(' ');
};
