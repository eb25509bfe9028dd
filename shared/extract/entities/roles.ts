import { isFirstName } from './first-names.ts';
import { canonicalPlace, isDemonym } from './gazetteer.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import {
  FUNCTION_WORDS,
  HONORIFICS,
  ORG_HEADS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SAYING_VERBS,
  TITLE_WORDS,
} from './vocabulary.ts';

/** Roles and titles around a name: before it, in apposition after it, or inside its run. */

/** How far back a role may start before a name (`his Venezuelan counterpart X`). */
const MAX_ROLE_WORDS = 5;

const isRoleWord = (token: Token): boolean =>
  TITLE_WORDS.has(token.text) ||
  isDemonym(token.text) ||
  ORG_HEADS.has(token.text) ||
  canonicalPlace(token.text) !== undefined;

/** Words after which a role phrase may begin: articles, owners, prepositions, verbs of saying. */
const ROLE_OPENERS = new Set(
  'the a an its his her their our my your this that to by from with for of at as and according'.split(
    ' ',
  ),
);

/** `MP`, `MEP`: a role noun written in capitals. */
const SHOUTED = /^\p{Lu}{2,4}$/u;

/** The noun that ends a role: lowercase (`director`), or an acronym (`MP`). */
const isRoleNoun = (token: Token | undefined): boolean =>
  token?.word === true &&
  ROLE_NOUNS.has(token.text.toLowerCase()) &&
  (!token.cap || SHOUTED.test(token.text));

/**
 * A word that may describe a role without being in a list (`operations` director,
 * `drainage` engineer, `Carlton Rovers` coach): a content word, not a verb of saying.
 */
const isOpenWord = (token: Token): boolean =>
  token.word &&
  !token.possessive &&
  !FUNCTION_WORDS.has(token.text.toLowerCase()) &&
  !SAYING_VERBS.has(token.text.toLowerCase());

/** Known role words always fit; open ones only where a phrase may begin before them. */
const isKnownRoleWord = (token: Token): boolean =>
  token.cap ? isRoleWord(token) : ROLE_MODIFIERS.has(token.text) || ROLE_NOUNS.has(token.text);

const opensRole = (tokens: readonly Token[], start: number): boolean => {
  const before = tokens[start - 1];
  if (!before?.word || before.possessive) return true;
  const lower = before.text.toLowerCase();
  return ROLE_OPENERS.has(lower) || SAYING_VERBS.has(lower);
};

/**
 * The role words that end at token `noun` (its noun): known role words as far back as
 * they go, and descriptive words (`regional transport` manager) only when the phrase
 * then begins where a noun phrase may (after `the`, `to`, `said`, a comma, a sentence
 * start), so a verb before a role (`met chief executive X`) stays out of it.
 */
const rolePhraseEndingAt = (tokens: readonly Token[], noun: number): number => {
  let start = noun;
  let best = noun;
  while (start > 0 && noun - start < MAX_ROLE_WORDS - 1) {
    const token = tokens[start - 1];
    if (!token?.word || !(isKnownRoleWord(token) || isOpenWord(token))) break;
    start -= 1;
    if ((isKnownRoleWord(token) && best === start + 1) || opensRole(tokens, start)) best = start;
  }
  return best;
};

/** `Ministry spokesperson`, `Head librarian`, `drainage engineer`: the role just before a name. */
export const roleBefore = (
  text: string,
  tokens: readonly Token[],
  first: number,
): string | undefined => {
  const noun = tokens[first - 1];
  if (!noun || !(isRoleNoun(noun) || afterRankWord(tokens, first - 1))) return undefined;
  const start = rolePhraseEndingAt(tokens, first - 1);
  return text.slice(tokens[start]?.start ?? 0, noun.end);
};

/** Capitalised ranks that make a role of any noun after them (`Head brewer`, `Senior gardener`). */
const RANKS = new Set(['Head', 'Chief', 'Senior', 'Deputy', 'Assistant', 'Lead', 'Principal']);

/** `Head brewer Thomas Ngata`: a lowercase noun after a rank is a role, listed or not. */
const afterRankWord = (tokens: readonly Token[], noun: number): boolean => {
  const token = tokens[noun];
  return (
    token !== undefined &&
    !token.cap &&
    isOpenWord(token) &&
    RANKS.has(tokens[noun - 1]?.text ?? '')
  );
};

/** `head of environment`: a role noun with an `of` complement of one word. */
const ofComplement = (tokens: readonly Token[], noun: number): number => {
  const of = tokens[noun + 1];
  const object = tokens[noun + 2];
  const after = tokens[noun + 3];
  const closes = after === undefined || !after.word;
  return of?.text === 'of' && object && isOpenWord(object) && !object.cap && closes
    ? noun + 2
    : noun;
};

/**
 * `The council's operations director, Kevin Marsh, said`, `its organiser, Fiona Grant.`:
 * a role set before a name by a comma, the name closing the apposition.
 */
export const roleBeforeComma = (
  text: string,
  tokens: readonly Token[],
  run: { first: number; last: number },
): string | undefined => {
  const comma = run.first - 1;
  const closer = tokens[run.last];
  if (tokens[comma]?.text !== ',' || closer?.word) return undefined;
  let noun = comma - 1;
  if (!isRoleNoun(tokens[noun]) && tokens[noun - 1]?.text === 'of') noun -= 2;
  if (!isRoleNoun(tokens[noun]) || ofComplement(tokens, noun) < comma - 1) return undefined;
  const start = rolePhraseEndingAt(tokens, noun);
  return text.slice(tokens[start]?.start ?? 0, tokens[comma - 1]?.end ?? 0);
};

const ARTICLES = new Set(['the', 'a', 'an']);
/** How many words an owner may take before its role (`the regional transport authority's`). */
const MAX_OWNER_WORDS = 3;

/** `the council's operations director`, `the transport authority's head`: the owner is not part of the role. */
const afterOwner = (tokens: readonly Token[], from: number): number => {
  for (let i = from; i < from + MAX_OWNER_WORDS; i += 1) {
    const token = tokens[i];
    if (!token?.word || token.cap) return from;
    if (token.possessive) return i + 1;
  }
  return from;
};

/**
 * `Ana Ruiz, a spokeswoman for ...`, `X, Russia's foreign minister,`, `X, a local
 * shopkeeper`, `X, chair of governors`: a role in apposition, ending at its noun.
 */
export const roleAfter = (
  text: string,
  tokens: readonly Token[],
  last: number,
): string | undefined => {
  if (tokens[last]?.text !== ',') return undefined;
  let i = last + 1;
  if (ARTICLES.has(tokens[i]?.text ?? '')) i += 1;
  const first = afterOwner(tokens, i);
  i = first;
  let end = -1;
  while (i < tokens.length && i - first < MAX_ROLE_WORDS) {
    const token = tokens[i];
    if (!token?.word) break;
    const lower = token.text.toLowerCase();
    const fits = token.cap
      ? isRoleWord(token) || ROLE_NOUNS.has(lower)
      : ROLE_MODIFIERS.has(lower) || ROLE_NOUNS.has(lower) || isOpenWord(token);
    if (!fits) break;
    if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(token.text)) end = i;
    i += 1;
  }
  if (end >= first) end = ofComplement(tokens, end);
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
  return describesBeforeName(tokens, run) ? run.first : -1;
};

/**
 * `Pensioner Harold Dunn, 81, ...`: a capitalised word opening a sentence before a known
 * first name and a surname describes the person; it is not part of the name.
 */
const describesBeforeName = (tokens: readonly Token[], run: Run): boolean => {
  const first = tokens[run.first];
  return (
    run.last - run.first >= 3 &&
    first?.sentenceStart === true &&
    !isFirstName(first.text) &&
    isFirstName(tokens[run.first + 1]?.text ?? '')
  );
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
