import { isFullName, splitByline, splitBylineDate } from '../../text/byline.ts';

/**
 * A byline with no label and no class: a line by the headline that is names, a bar or a
 * bullet, and a date (`Jane Doe | March 5, 2025`, `Ann Lee & Bo Chan · 5 May 2025`), the
 * layout of many blog and magazine templates. The date and the separator vouch for the
 * line; every word before them is capitalised (or a name particle), so a dek or a
 * sentence never reads as names.
 */
export const unlabelledBylineNames = (line: string): string[] => {
  if (line.length > MAX_LINE_CHARS) return [];
  const { names, date } = splitBylineDate(line);
  if (!date || !BAR_AFTER.test(line.slice(names.length))) return [];
  const words = names.split(/\s+/).map((word) => word.replace(TRAILING_COMMA, ''));
  if (words.length < 2 || words.length > MAX_WORDS || !words.every(isNameWord)) return [];
  return splitByline(names).filter(isFullName);
};

/** Names, separator and date fit a short line. */
const MAX_LINE_CHARS = 120;
/** Two or three names of two or three words each, with their joiners. */
const MAX_WORDS = 10;
const BAR_AFTER = /^\s*[|•·｜]/u;
const TRAILING_COMMA = /,$/;
/** A capitalised word (`Doe`, `O'Neil`, `J.`) or a particle and joiner names carry. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|da|del|della|di|du|la|le|bin|al|and|und|et|y|&)$/u;
const isNameWord = (word: string): boolean => NAME_WORD.test(word);
