import type { ParsedDocument } from '../formats/document.ts';
import { firstSentence } from '../text/sentences.ts';
import { collapseSpaces } from '../text/whitespace.ts';

/**
 * The title: the one the file states, else one derived from the lede's first sentence,
 * cut to headline length at a word boundary and marked `derived`.
 */
export interface ChosenTitle {
  title: string;
  titleSource: 'explicit' | 'derived';
}

/** Headlines run to about a dozen words and fit on one line of a list view. */
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_CHARS = 100;
/**
 * How much of the lede is read for its first sentence: a headline needs about 100
 * characters, and a bound keeps a huge unpunctuated paragraph from costing time.
 */
const MAX_SCANNED_CHARS = 1000;
/** A cut title keeps at least this many words even if they end in a function word. */
const MIN_TITLE_WORDS = 4;
/** Words a headline does not end on: a cut after them reads as unfinished. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'into',
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'as',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'not',
  'will',
  'would',
  'can',
  'could',
  'should',
  'than',
  'if',
]);
const TRAILING_PUNCTUATION = /[\s.,;:!?…"”’'([{–—-]+$/u;
const LEADING_PUNCTUATION = /^[\s"“‘'([–—-]+/u;

export const chooseTitle = (document: ParsedDocument, lede: string): ChosenTitle => {
  const stated = collapseSpaces(document.title ?? '');
  if (stated !== '') return { title: stated, titleSource: 'explicit' };
  return { title: deriveTitle(lede), titleSource: 'derived' };
};

/** A headline from prose: the first sentence, cut to length, without end punctuation. */
export const deriveTitle = (lede: string): string => {
  const opening = firstSentence(lede.slice(0, MAX_SCANNED_CHARS));
  const sentence = headlineStyle(opening.replace(LEADING_PUNCTUATION, ''));
  const words = sentence.split(' ');
  if (words.length <= MAX_TITLE_WORDS && sentence.length <= MAX_TITLE_CHARS) {
    return sentence.replace(TRAILING_PUNCTUATION, '');
  }
  return cutWords(words);
};

/**
 * News ledes often run `<who> said that <what>`; headlines write `<Who>: <what>` and drop
 * leading articles. Only a speaker phrase that opens with a capital is rewritten.
 */
const ATTRIBUTION =
  /^(\p{Lu}[^,;:]{2,80}?) (?:has |have |had )?(?:(?:said|says|say) (?:that )?|(?:stated|states|considered|considers|warned|warns|announced|argued|claimed|noted|insisted|confirmed|denied|declared|stressed|believes|believed|told \p{L}+) that )(\S.*)$/u;
const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/i;

/** `..., the authority said.` at the end of a lede: the source, not the news. */
const TRAILING_ATTRIBUTION =
  /,\s+[^,]{2,60}?\s+(?:said|says|announced|reported|confirmed)(?:\s+on\s+\p{L}+)?[.!]?$/u;
/** `on Monday`: when it happened is in the date, not the headline. */
const WEEKDAY = / on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

const headlineStyle = (sentence: string): string => {
  const compact = sentence.replace(TRAILING_ATTRIBUTION, '').replace(WEEKDAY, '');
  const attribution = compact.match(ATTRIBUTION);
  if (!attribution?.[1] || !attribution[2]) return capitalise(compact.replace(LEADING_ARTICLE, ''));
  const speaker = attribution[1].replace(LEADING_ARTICLE, '');
  return `${capitalise(speaker)}: ${attribution[2].replace(LEADING_ARTICLE, '')}`;
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const cutWords = (words: readonly string[]): string => {
  const kept: string[] = [];
  let length = 0;
  for (const word of words.slice(0, MAX_TITLE_WORDS)) {
    length += word.length + (kept.length > 0 ? 1 : 0);
    if (length > MAX_TITLE_CHARS && kept.length > 0) break;
    kept.push(word);
  }
  while (kept.length > MIN_TITLE_WORDS && endsDangling(kept)) kept.pop();
  return kept.join(' ').replace(TRAILING_PUNCTUATION, '');
};

/** A possessive (`the town's`) needs the noun that was cut off. */
const POSSESSIVE = /['’]s$/;

const endsDangling = (words: readonly string[]): boolean => {
  const last = (words.at(-1) ?? '').replace(TRAILING_PUNCTUATION, '');
  return DANGLING.has(last.toLowerCase()) || POSSESSIVE.test(last);
};
