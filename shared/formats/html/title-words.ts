/**
 * How titles and headings are compared: folded text, letters only, shared words, and
 * whether a stated title is a heading followed by the site's name.
 */
/** Whether a heading and a stated title name the same story. */
export const agrees = (
  h1: string,
  title: string,
  withoutSite: (title: string) => string,
): boolean => {
  if (isTitleHead(title, h1)) return true;
  const core = withoutSite(title);
  const a = fold(h1);
  const b = fold(core);
  if (a.includes(b) || b.includes(a))
    return Math.min(a.length, b.length) >= b.length * MIN_CONTAINED_SHARE;
  return wordOverlap(a, b) >= MIN_WORD_OVERLAP;
};

/**
 * Words two texts must share to agree by overlap: one shared word is a name the heading
 * and the title both carry (the site's, in a logo `<h1>` beside `Headline - Site`), not
 * the same story.
 */
const MIN_SHARED_WORDS = 2;

/**
 * A heading inside the stated title must cover this share of it: a short `<h1>` that
 * is a fragment of the title (the site's name, a section) is no headline.
 */
const MIN_CONTAINED_SHARE = 0.6;
/**
 * Share of the shorter text's words the two must share: an edited headline keeps
 * most of its words, another story's title shares few.
 */
const MIN_WORD_OVERLAP = 0.6;
const CURLY = /[‘’‚‛′]/g;
export const WORD = /[\p{L}\p{N}']+/gu;

export const fold = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(CURLY, "'");

/** Only the letters and digits: headings and stated titles differ in quotes and spacing. */
export const lettersOf = (text: string): string => fold(text).replace(NOT_LETTER_OR_DIGIT, '');
export const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

const wordOverlap = (a: string, b: string): number => {
  const wordsA = new Set(a.match(WORD) ?? []);
  const wordsB = new Set(b.match(WORD) ?? []);
  const shorter = Math.min(wordsA.size, wordsB.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared < MIN_SHARED_WORDS ? 0 : shared / shorter;
};

const STARTS_WITH_SEPARATOR = /^\s*(?:[｜：|–—\-·•:]|::)\s*/;

/** Site names run to a couple of words; a longer tail after a short `<h1>` is a headline. */
const MAX_SITE_CHARS = 24;

/**
 * Whether `title` is the `<h1>` text followed by a separator and something short (the
 * site); a short `<h1>` before a longer rest is a section name (`Section - Headline`).
 */
export const isTitleHead = (title: string, h1: string): boolean => {
  if (title.length <= h1.length || !title.toLowerCase().startsWith(h1.toLowerCase())) return false;
  const rest = title.slice(h1.length);
  if (!STARTS_WITH_SEPARATOR.test(rest)) return false;
  const tail = rest.replace(STARTS_WITH_SEPARATOR, '');
  return tail.length <= Math.max(h1.length, MAX_SITE_CHARS);
};
