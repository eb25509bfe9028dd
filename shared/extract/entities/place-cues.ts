import { canonicalPlace, isDemonym } from './gazetteer.ts';
import { type Run, runText } from './runs.ts';
import type { Token } from './tokens.ts';
import { ORG_HEADS, PLACE_PREPOSITIONS } from './vocabulary.ts';

/**
 * Context that makes an unknown capitalised run a place: a dateline, `the city of X`,
 * `the X region`, `flew to X`, `an X-based firm`. Each cue is narrow on purpose: a
 * missed town costs less than a person or a company filed as a place.
 */

const words = (list: string) => new Set(list.split(' '));

/** Nouns of settlements and divisions before `of` (`the city of X`, `the outskirts of X`). */
const PLACE_NOUNS_BEFORE_OF = words(
  'city town village port region province district county state island islands suburb suburbs municipality outskirts neighbourhood neighborhood oblast prefecture governorate',
);
/** Divisions written after the name (`the Kursk region`, `Donetsk Oblast`). */
const PLACE_SUFFIXES = words(
  'region province oblast district county prefecture governorate municipality',
);
/** Divisions capitalised as part of the name (`Donetsk Oblast`, `Marin County`); `Region` is also a German noun. */
const NAME_SUFFIXES = words('Oblast County Prefecture Governorate');
/** `the Appalachian region`: an adjective, not the place's name. */
const ADJECTIVE = /[ie]an$/u;
/** `Western District`, `Central Region`: a division named by direction is an office's, not a town's. */
const COMPASS_NAMES = words('North South East West Northern Southern Eastern Western Central');
/** Words of travel before `to`/`from` (`flew to X`, `flights from X`). */
const TRAVEL_WORDS = words(
  'flew fly flies flying flown travel travels travelled traveled travelling traveling trip trips visit visits journey journeys flight flights fled flee fleeing evacuated deported sailed drove headed heading route routes road highway train trains ferry ferries',
);
/** What an `X-based` place describes (`a Lisbon-based startup`), not a platform (`Linux-based`). */
const BASED_NOUNS = words(
  'company companies firm firms startup start-up startups group bank lender insurer investor investors fund charity organisation organization nonprofit non-profit think tank agency consultancy manufacturer maker carmaker retailer carrier airline club team newspaper publisher broadcaster outlet artist designer musician band writer author journalist reporter researcher researchers analyst analysts economist lawyer architect photographer developer producer',
);
/** How many lowercase words may stand between `X-based` and its noun (`private equity firm`). */
const MAX_BASED_MODIFIERS = 3;

/** `Marin County`, `Donetsk Oblast`, but not `Western District`: a division by name. */
export const isNamedDivision = (tokens: readonly Token[], run: Run): boolean =>
  run.last - run.first > 1 &&
  NAME_SUFFIXES.has(tokens[run.last - 1]?.text ?? '') &&
  !COMPASS_NAMES.has(tokens[run.first]?.text ?? '');

/** `near X`, `the city of X`, `the X region`, `flew to X`: the run is a place. */
export const hasPlaceCue = (tokens: readonly Token[], run: Run): boolean => {
  if (!placeShaped(tokens, run)) return false;
  const before = tokens[run.first - 1]?.text ?? '';
  if (PLACE_PREPOSITIONS.has(before)) return true;
  const twoBefore = tokens[run.first - 2]?.text ?? '';
  if (before === 'of' && PLACE_NOUNS_BEFORE_OF.has(twoBefore)) return true;
  if ((before === 'to' || before === 'from') && TRAVEL_WORDS.has(twoBefore)) return true;
  if (isNamedDivision(tokens, run)) return true;
  const after = tokens[run.last];
  return (
    after !== undefined &&
    !after.cap &&
    PLACE_SUFFIXES.has(after.text) &&
    tokens[run.first]?.sentenceStart === false &&
    !ADJECTIVE.test(tokens[run.last - 1]?.text ?? '') &&
    !ORG_HEADS.has(tokens[run.last - 1]?.text ?? '')
  );
};

const DIGIT_OR_SHOUTED = /\p{N}|^\p{Lu}+$/u;
/** `Q3`, `SD`: codes and acronyms after `in` are rarely places the gazetteer does not know. */
const placeShaped = (tokens: readonly Token[], run: Run): boolean => {
  for (let i = run.first; i < run.last; i += 1) {
    if (DIGIT_OR_SHOUTED.test(tokens[i]?.text ?? '')) return false;
  }
  return true;
};

const BASED = /-based$/u;

/** `Lisbon-based` before a company or a person's trade: the place without the suffix. */
export const basedPlace = (
  text: string,
  tokens: readonly Token[],
  run: Run,
  lowercase: ReadonlySet<string>,
): string | undefined => {
  const last = tokens[run.last - 1];
  if (!last || !BASED.test(last.text)) return undefined;
  const place = runText(text, tokens, run).replace(BASED, '');
  if (isDemonym(place) || lowercase.has(place.toLowerCase())) return undefined;
  if (canonicalPlace(place) !== undefined) return place;
  for (let i = run.last; i < run.last + MAX_BASED_MODIFIERS + 1; i += 1) {
    const token = tokens[i];
    if (!token?.word || token.cap) return undefined;
    if (BASED_NOUNS.has(token.text)) return place;
  }
  return undefined;
};

const UPPER_WORD = /\p{Lu}+/gu;
/** Two capitals in a row: a text without them is already title case. */
const UPPER_PAIR = /\p{Lu}{2}/u;
/** `LISBON` -> `Lisbon`: wire datelines capitalise the place. */
export const titleCase = (text: string): string =>
  UPPER_PAIR.test(text)
    ? text.replace(UPPER_WORD, (word) => word[0] + word.slice(1).toLowerCase())
    : text;

const DATELINE_ENDS = new Set([',', '—', '–', '-', '(']);
const SHOUTED = /^[\p{Lu}\p{N}'’.-]+$/u;
/** `Kramatorsk, Ukraine —` or `Kramatorsk, Ukraine (Reuters)`: a town, a known place, a dash. */
const MIXED_DATELINE =
  /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}), (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}) ?(?:\(|[—–-] )/u;

/**
 * The place a paragraph's dateline opens with, title-cased when shouted: `LISBON, Jan 14`,
 * `NEW DELHI —`, `Kramatorsk, Ukraine —`. Undefined when the run is not a dateline.
 */
export const datelinePlace = (
  text: string,
  tokens: readonly Token[],
  run: Run,
  lowercase: ReadonlySet<string>,
): string | undefined => {
  if (run.first !== 0) return undefined;
  const surface = runText(text, tokens, run);
  if (SHOUTED.test(surface.replaceAll(' ', ''))) {
    const next = tokens[run.last]?.text ?? '';
    // Several shouted words before a dash are a heading (`BERNANKE WINS NOBEL PRIZE —`).
    if (next !== ',' && (!DATELINE_ENDS.has(next) || surface.includes(' '))) return undefined;
    // A shouted heading (`BREAKING NEWS -`) is made of words the text also writes in lowercase.
    const common = surface.split(' ').some((word) => lowercase.has(word.toLowerCase()));
    return common ? undefined : titleCase(surface);
  }
  const match = MIXED_DATELINE.exec(text);
  if (match?.[1] !== surface || canonicalPlace(match[2] ?? '') === undefined) return undefined;
  return surface;
};
