import { isFirstName } from './first-names.ts';
import { knownPlace } from './place-aliases.ts';
import type { Token } from './tokens.ts';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  KNOWN_BODIES,
  NAME_CONNECTORS,
  ORG_HEADS,
  SENTENCE_OPENERS,
  TITLE_WORDS,
} from './vocabulary.ts';

/** `Sadly`, `Questioning`: an adverb or a gerund opening a sentence before a name. */
const ADVERB_OR_GERUND = /^\p{Lu}\p{Ll}{2,}(?:ly|ing)$/u;

/** The first word of a run (`more` words follow) is a sentence opener, not part of a name. */
const isSentenceOpener = (token: Token, more: boolean): boolean =>
  token.sentenceStart &&
  !isFirstName(token.text) &&
  (SENTENCE_OPENERS.has(token.text) ||
    (more && ADVERB_OR_GERUND.test(token.text) && knownPlace(token.text) === undefined));

/** A run of capitalised tokens (with connectors such as `of`), as token indices. */
export interface Run {
  first: number;
  /** Exclusive. */
  last: number;
}

/** Particles inside personal names (`Ursula von der Leyen`), joined whatever precedes. */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'von',
  'van',
  'der',
  'al',
  'bin',
]);

const isRunWord = (token: Token | undefined): token is Token =>
  token?.cap === true && !CALENDAR_WORDS.has(token.text);

const joinsRun = (tokens: readonly Token[], index: number): boolean => {
  const connector = tokens[index];
  const before = tokens[index - 1];
  if (!connector || !before || !NAME_CONNECTORS.has(connector.text)) return false;
  if (!isRunWord(tokens[index + 1])) return false;
  if (NAME_PARTICLES.has(connector.text)) return true;
  return (
    (connector.text === 'of' || connector.text === 'for') &&
    (ORG_HEADS.has(before.text) || TITLE_WORDS.has(before.text))
  );
};

const INITIAL_OR_HONORIFIC = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St)$/u;

/** The `.` of `Dr.` or of an initial (`Silvia S. Martins`) stays inside the name. */
const abbreviationDot = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]?.text === '.' &&
  INITIAL_OR_HONORIFIC.test(tokens[index - 1]?.text ?? '') &&
  isRunWord(tokens[index + 1]);

/** `Lisbon-based`, `Saudi-led`: a name turned into a description ends its run. */
const DESCRIPTIVE_COMPOUND = /-\p{Ll}+$/u;
/** Titles keep their suffix inside a name (`President-elect Donald Trump`). */
const endsDescription = (token: Token | undefined): boolean =>
  token !== undefined && DESCRIPTIVE_COMPOUND.test(token.text) && !TITLE_WORDS.has(token.text);

/** Maximal capitalised runs; months and weekdays break them and never join. */
export const findRuns = (tokens: readonly Token[]): Run[] => {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !endsDescription(tokens[j - 1])) {
      if (isRunWord(tokens[j]) && !tokens[j]?.sentenceStart) j += 1;
      else if (abbreviationDot(tokens, j)) j += 1;
      else if (joinsRun(tokens, j)) j += 2;
      else break;
    }
    runs.push({ first: i, last: j });
    i = j;
  }
  return runs;
};

/** `WHO`, `US`: capitals that spell a body or a place, not the function word `who`/`us`. */
const isAcronymName = (text: string): boolean =>
  text.length > 1 &&
  (KNOWN_BODIES.has(text) || (text === text.toUpperCase() && knownPlace(text) !== undefined));

/**
 * Drops a leading function word (`The`, `However`) and, at a sentence start, a first
 * word the text also uses in lowercase (`Moves`, `Officials`) or an opener that never
 * starts a name (`Maybe`, `Make`): capitalised only there.
 */
export const trimRun = (
  tokens: readonly Token[],
  run: Run,
  lowercase: ReadonlySet<string>,
): Run => {
  let first = run.first;
  while (first < run.last) {
    const token = tokens[first];
    if (!token) break;
    const lower = token.text.toLowerCase();
    const common =
      !isAcronymName(token.text) &&
      (FUNCTION_WORDS.has(lower) ||
        (token.sentenceStart && lowercase.has(lower)) ||
        isSentenceOpener(token, first < run.last - 1));
    if (!common) break;
    first += 1;
  }
  return { first, last: run.last };
};

/**
 * `Trump's Twitter` -> `Trump`, `Twitter`: a run that names no place or body is split
 * after an owner. (`Britain's Conservative Party` is a party and is never split.)
 */
export const splitAtOwner = (tokens: readonly Token[], run: Run): Run[] | null => {
  for (let i = run.first; i < run.last - 1; i += 1) {
    if (tokens[i]?.possessive)
      return [
        { first: run.first, last: i + 1 },
        { first: i + 1, last: run.last },
      ];
  }
  return null;
};

export const runText = (text: string, tokens: readonly Token[], run: Run): string =>
  text.slice(tokens[run.first]?.start ?? 0, tokens[run.last - 1]?.end ?? 0);
