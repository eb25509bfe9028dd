/**
 * Sentence spans of a paragraph: ends at `.`, `!` or `?` (and closing quotes) followed
 * by a capitalised word, unless the `.` closes an abbreviation or an initial.
 */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]+["”’')\]]*(?=\s+["“‘'(«„]?[\p{Lu}\p{N}])/gu;
const ABBREVIATION =
  /(?:^|\s)(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

export const sentenceSpans = (text: string): Span[] => {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(Math.max(start, match.index - 12), match.index);
    if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
    while (text[start] === ' ') start += 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
};
