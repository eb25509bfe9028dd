import {
  FOREIGN_HONORIFICS,
  FOREIGN_SAYING_VERBS,
  firstNameStart,
  honorificBefore,
} from './person-cues.ts';
import type { RawMention } from './raw-mention.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import { SAYING_VERBS } from './vocabulary.ts';

/**
 * People in a language other than English. German capitalises every noun, and other
 * languages' word lists are not ours, so a capitalised run is a person only with a strong
 * cue: an honorific (`Herr`, `Frau`), a known first name opening the name, or a verb of
 * saying next to a name of several words. Places and organisations pass unchanged, but
 * context places (`in X`) are dropped where every noun is capitalised.
 */
export const strictPeople = (
  text: string,
  tokens: readonly Token[],
  run: Run,
  found: RawMention | null,
  language: string,
): RawMention | null => {
  if (!found) return null;
  // `in Zusammenhang`: where every noun is capitalised, `in` + a word says no place.
  if (found.kind === 'candidate' && found.placeCue && NOUNS_CAPITALISED.has(language)) return null;
  const mayBePerson = found.kind === 'person' || (found.kind === 'candidate' && !found.placeCue);
  if (!mayBePerson) return found;
  const first = afterHonorifics(tokens, run);
  if (first > run.first) {
    return first < run.last ? person(text, tokens, { first, last: run.last }, found) : null;
  }
  if (honorificBefore(tokens, run)) return { ...found, kind: 'person' };
  const start = firstNameStart(tokens, run);
  if (start >= 0) return person(text, tokens, { first: start, last: run.last }, found);
  const single = run.last - run.first === 1;
  if (found.kind === 'candidate' && (single || speaks(tokens, run))) return found;
  return null;
};

/** Where the name starts after `Prof. Dr.` or `Frau`: the run start when none opens it. */
const afterHonorifics = (tokens: readonly Token[], run: Run): number => {
  let first = run.first;
  while (first < run.last && FOREIGN_HONORIFICS.has(tokens[first]?.text ?? '')) {
    first += tokens[first + 1]?.text === '.' ? 2 : 1;
  }
  return first;
};

/** Languages that capitalise every noun. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

const speaks = (tokens: readonly Token[], run: Run): boolean => {
  const around = [tokens[run.last]?.text ?? '', tokens[run.first - 1]?.text ?? ''];
  return around.some((word) => SAYING_VERBS.has(word) || FOREIGN_SAYING_VERBS.has(word));
};

const person = (
  text: string,
  tokens: readonly Token[],
  run: Run,
  found: RawMention,
): RawMention => {
  const start = tokens[run.first]?.start ?? 0;
  const end = tokens[run.last - 1]?.end ?? 0;
  const surface = text.slice(start, end);
  const role = found.kind === 'person' ? found.role : undefined;
  return {
    paragraph: found.paragraph,
    start,
    end,
    surface,
    kind: 'person',
    key: surface,
    ...(role ? { role } : {}),
  };
};
