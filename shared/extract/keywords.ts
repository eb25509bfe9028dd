import { collapseSpaces } from '../formats/decode.ts';

/**
 * Keywords the file states (front matter tags, `<meta name=keywords>`, a `Keywords:`
 * header), trimmed and de-duplicated ignoring case. Extracted keywords are later work.
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
