/**
 * Comparison rules for metadata exact-match scoring: equal after whitespace and case
 * folding. Curly quotes fold to straight ones and text is NFKC-normalised, because the
 * extractor is meant to normalise typography and the gold keeps the page's own glyphs.
 */

const WHITESPACE = /\s+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/gu;
/** Separators between names in a byline: ", ", " and ", " & ", ";". */
const NAME_SEPARATORS = /\s*[,;&]\s*|\s+and\s+/giu;

/** Folds whitespace, case and quote glyphs so only real differences remain. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase();

/** The folded, non-empty names of a byline string. */
export const splitNames = (byline: string): string[] =>
  foldText(byline)
    .split(NAME_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((name) => right.has(name));
};

/**
 * Whether our authors match the gold byline: equal as one string joined with ", ", or
 * equal as sets of names whatever the separators. A null gold means "no author", which
 * only an empty list matches.
 */
export const authorsMatch = (gold: string | null, ours: readonly string[]): boolean => {
  if (gold === null || foldText(gold) === '') return ours.every((name) => foldText(name) === '');
  if (foldText(ours.join(', ')) === foldText(gold)) return true;
  return sameSet(splitNames(gold), ours.flatMap(splitNames));
};

/** Whether our text matches the gold text; a null gold matches only an empty value. */
export const textMatches = (gold: string | null, ours: string | undefined): boolean =>
  foldText(gold ?? '') === foldText(ours ?? '');
