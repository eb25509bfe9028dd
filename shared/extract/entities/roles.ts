import { canonicalPlace, isDemonym } from './gazetteer.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import { HONORIFICS, ORG_HEADS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

/** Roles and titles around a name: before it, in apposition after it, or inside its run. */

/** How far back a role may start before a name (`his Venezuelan counterpart X`). */
const MAX_ROLE_WORDS = 5;

const isRoleWord = (token: Token): boolean =>
  TITLE_WORDS.has(token.text) ||
  isDemonym(token.text) ||
  ORG_HEADS.has(token.text) ||
  canonicalPlace(token.text) !== undefined;

/** `Ministry spokesperson`, `his Venezuelan counterpart`: the role words just before a name. */
export const roleBefore = (
  text: string,
  tokens: readonly Token[],
  first: number,
): string | undefined => {
  const noun = tokens[first - 1];
  if (!noun || noun.cap || !ROLE_NOUNS.has(noun.text)) return undefined;
  let start = first - 1;
  while (start > 0 && first - start < MAX_ROLE_WORDS) {
    const token = tokens[start - 1];
    if (!token?.word) break;
    const fits = token.cap
      ? isRoleWord(token)
      : ROLE_MODIFIERS.has(token.text) || ROLE_NOUNS.has(token.text);
    if (!fits) break;
    start -= 1;
  }
  return text.slice(tokens[start]?.start ?? 0, noun.end);
};

const ARTICLES = new Set(['the', 'a', 'an']);

/** `Ana Ruiz, a spokeswoman for ...`, `X, Russia's foreign minister,`: a role in apposition. */
export const roleAfter = (
  text: string,
  tokens: readonly Token[],
  last: number,
): string | undefined => {
  if (tokens[last]?.text !== ',') return undefined;
  let i = last + 1;
  if (ARTICLES.has(tokens[i]?.text ?? '')) i += 1;
  const first = i;
  let end = -1;
  while (i < tokens.length && i - first < MAX_ROLE_WORDS) {
    const token = tokens[i];
    if (!token?.word) break;
    const lower = token.text.toLowerCase();
    const fits = token.cap
      ? isRoleWord(token) || ROLE_NOUNS.has(lower)
      : ROLE_MODIFIERS.has(lower) || ROLE_NOUNS.has(lower);
    if (!fits) break;
    if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(token.text)) end = i;
    i += 1;
  }
  const from = tokens[first];
  const to = tokens[end];
  return end >= first && from && to ? text.slice(from.start, to.end) : undefined;
};

/** The index of the last title word that has a name after it, or -1. */
export const lastTitleBeforeName = (tokens: readonly Token[], run: Run): number => {
  for (let i = run.last - 2; i >= run.first; i -= 1) {
    const token = tokens[i];
    if (!token) continue;
    const titled = TITLE_WORDS.has(token.text) || HONORIFICS.has(token.text);
    if (titled || ROLE_NOUNS.has(token.text.toLowerCase())) return i;
  }
  return -1;
};

export const allRoleWords = (tokens: readonly Token[], run: Run): boolean => {
  for (let i = run.first; i < run.last; i += 1) {
    const token = tokens[i];
    if (!token) return false;
    const place = canonicalPlace(token.text) !== undefined;
    if (!(TITLE_WORDS.has(token.text) || isDemonym(token.text) || place || token.text === 'of'))
      return false;
  }
  return true;
};
