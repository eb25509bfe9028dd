/** Counts and reading time of the body. */
export interface Measures {
  wordCount: number;
  paragraphCount: number;
  readingTimeMinutes: number;
}

/** Adult silent reading of non-fiction averages about 230 words a minute. */
const WORDS_PER_MINUTE = 230;
/** A word: letters or digits, with inner apostrophes, hyphens, dots or commas (`U.S.`, `1,000`). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,-][\p{L}\p{N}\p{M}]+)*/gu;

/** The measures of a body of `wordCount` words (`countWords`, counted once by the caller). */
export const measuresOf = (wordCount: number, paragraphs: readonly string[]): Measures => ({
  wordCount,
  paragraphCount: paragraphs.length,
  readingTimeMinutes: Math.ceil(wordCount / WORDS_PER_MINUTE),
});

export const countWords = (text: string): number => {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
};
