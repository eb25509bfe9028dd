import { isFirstName } from './first-names.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';

const words = (list: string) => new Set(list.split(' '));

/** `Robert Jordan`: a run of several words that opens with a known first name. */
export const firstNameLed = (tokens: readonly Token[], run: Run): boolean =>
  run.last - run.first > 1 && isFirstName(tokens[run.first]?.text ?? '');

/** Honorifics of other languages that mark a person as surely as `Mr` (`Herr`, `Frau`). */
export const FOREIGN_HONORIFICS = words(
  'Mr Mrs Ms Dr Prof Herr Frau Monsieur Madame Mme Señor Señora Sr Sra Signor Signora Sig',
);

/** Verbs of saying in the languages the pipeline meets most, besides English. */
export const FOREIGN_SAYING_VERBS = words(
  'sagte sagt erklärte erklärt betonte betont meinte meint sagten dit déclare affirme explique dijo afirmó explicó señaló disse afirmou explicou detto dice',
);

/** How many words a name may have once a first name opens it (`Anna Maria de Souza`). */
const MAX_NAME_WORDS = 4;
const PARTICLES = words('von van de da di del der den dos du le la bin al');

/**
 * Where a run's person name starts in a language that capitalises nouns: at the first
 * known first name after which only name words follow (`Teamchef Michael Kohlmann` ->
 * `Michael Kohlmann`). -1 when no first name opens a name of two to four words.
 */
export const firstNameStart = (tokens: readonly Token[], run: Run): number => {
  for (let i = run.first; i < run.last - 1; i += 1) {
    if (!isFirstName(tokens[i]?.text ?? '')) continue;
    if (run.last - i > MAX_NAME_WORDS) continue;
    let nameWords = true;
    for (let j = i + 1; j < run.last; j += 1) {
      const token = tokens[j];
      if (!token || (!token.cap && !PARTICLES.has(token.text) && token.text !== '.'))
        nameWords = false;
    }
    if (nameWords) return i;
  }
  return -1;
};

/** `Herr Schmidt`, `Frau Dr. Weber`: a person, in any language. */
export const honorificBefore = (tokens: readonly Token[], run: Run): boolean => {
  let i = run.first - 1;
  if (tokens[i]?.text === '.') i -= 1;
  return FOREIGN_HONORIFICS.has(tokens[i]?.text ?? '');
};
