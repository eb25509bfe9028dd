import { spendWork } from '../domain/work-budget.ts';
import { collapseSpaces } from '../text/whitespace.ts';

/**
 * Keywords the file states (front matter tags, `<meta name=keywords>`, a `Keywords:`
 * header), trimmed and de-duplicated ignoring case. When the file states none,
 * `deriveKeywords` picks a few salient terms from the entities and the text.
 */
const MAX_KEYWORDS = 30; // more is tag spam, not a description of the article

export const chooseKeywords = (stated: readonly string[]): string[] =>
  uniqueIgnoringCase(stated).slice(0, MAX_KEYWORDS);

export const uniqueIgnoringCase = (values: readonly string[]): string[] => {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const value of values) {
    const text = collapseSpaces(value);
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(text);
  }
  return unique;
};

/** Derived keywords stay few: a handful of terms describe an article, more is noise. */
const MAX_DERIVED = 8;
/** Entities named fewer times than this are passing mentions, not the subject. */
const MIN_ENTITY_MENTIONS = 2;
/** Content words repeated fewer times than this are not salient. */
const MIN_WORD_COUNT = 3;
const CONTENT_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]{4,}(?![\p{L}'’])/gu;
const STOPWORDS = new Set(
  'about after again against among because before being between could during every first other their there these those through under until where which while would should since still today years months weeks people according including however another without'.split(
    ' ',
  ),
);

/** Salient terms: the most mentioned entities, then the most repeated content words. */
export const deriveKeywords = (
  body: string,
  entities: ReadonlyArray<{ name: string; mentions: number }>,
): string[] => {
  const names = entities.filter((e) => e.mentions >= MIN_ENTITY_MENTIONS).map((e) => e.name);
  const counts = new Map<string, number>();
  spendWork(body.length, 'keywords');
  for (const match of body.matchAll(CONTENT_WORD)) {
    if (!STOPWORDS.has(match[0])) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  const words = [...counts]
    .filter(([, n]) => n >= MIN_WORD_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  return uniqueIgnoringCase([...names, ...words]).slice(0, MAX_DERIVED);
};
