import { knownPlace } from './place-aliases.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import { PLACE_PREPOSITIONS } from './vocabulary.ts';

const words = (list: string) => new Set(list.split(' '));

/** Club abbreviations that make any name a club (`FC Barcelona`, `RB Leipzig`). */
const CLUB_OPENERS = words('FC AFC CF SC SV VfB VfL TSG RB AC AS');
/** After a name only the football ones: `Lanman RB`, `Pingle SC` are cited authors. */
const CLUB_CLOSERS = words('FC AFC CF');
/** Words after a town that name its club in sports copy (`Manchester City`, `Leeds United`). */
const CLUB_SUFFIXES = words('United City Rovers Wanderers Athletic Albion Hotspur Villa Forest');
/** Words before a town that name its club (`Real Madrid`, `Borussia Dortmund`). */
const CLUB_PREFIXES = words(
  'Real Atletico Atlético Borussia Bayern Inter Sporting Olympique Dynamo Dinamo',
);
/** Words that put a paragraph in sports: only there are `X City` and `Real X` clubs. */
const SPORTS_WORDS = words(
  'match matches game games goal goals scored score league season striker midfielder defender goalkeeper keeper coach manager fixture fixtures club clubs stadium win wins won beat beaten draw drew draws defeat title champions championship transfer signing squad',
);

const hasSportsWord = (tokens: readonly Token[]): boolean =>
  tokens.some((token) => !token.cap && SPORTS_WORDS.has(token.text));

/**
 * A sports club, by generic markup: a club abbreviation anywhere in the run, or, in a
 * paragraph about sport, a town with a club word after (`Leeds United`) or before
 * (`Real Madrid`). `in Mexico City` stays a place.
 */
export const isSportsClub = (tokens: readonly Token[], run: Run): boolean => {
  if (run.last - run.first < 2) return false;
  const first = tokens[run.first]?.text ?? '';
  const last = tokens[run.last - 1]?.text ?? '';
  if (CLUB_OPENERS.has(first) || CLUB_CLOSERS.has(last)) return true;
  const town = CLUB_SUFFIXES.has(last)
    ? textOf(tokens, run.first, run.last - 1)
    : CLUB_PREFIXES.has(first)
      ? textOf(tokens, run.first + 1, run.last)
      : undefined;
  if (town === undefined || knownPlace(town) === undefined) return false;
  if (PLACE_PREPOSITIONS.has(tokens[run.first - 1]?.text ?? '')) return false;
  return hasSportsWord(tokens);
};

const textOf = (tokens: readonly Token[], from: number, to: number): string => {
  let text = '';
  for (let i = from; i < to; i += 1) text += (i > from ? ' ' : '') + (tokens[i]?.text ?? '');
  return text;
};
