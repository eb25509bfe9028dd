import type { ResolvedMention } from '../entities/index.ts';
import { SAYING_VERBS } from '../entities/vocabulary.ts';
import type { Pronoun } from './pronouns.ts';
import { words } from './quote-marks.ts';

/**
 * Who a quote's own words say spoke it: a named speaker, a pronoun to resolve, or an
 * attribution that names nobody (`one man shouted`, `according to a statement`), which
 * keeps the quote from inheriting an earlier speaker.
 */
export type Attribution =
  | { kind: 'named'; mention: ResolvedMention }
  | { kind: 'pronoun'; pronoun: Pronoun; offset: number }
  | { kind: 'unnamed' };

/** Verbs that attribute a quote, beyond those that cue an entity as a speaker. */
const QUOTE_VERBS = new Set([
  ...SAYING_VERBS,
  ...'shouted recalled recalls joked quipped agreed agrees replied responded explained whispered yelled cried laughed'.split(
    ' ',
  ),
]);
/** Lowercase only: `States` in `United States` is a name, not a verb. */
const isQuoteVerb = (word: string | undefined): boolean =>
  word !== undefined && QUOTE_VERBS.has(word);

/** How many words (a role, an honorific) may stand between a verb and its speaker's name. */
const MAX_ROLE_WORDS = 4;
/** How far after a name an apposition may run before its verb (`X, a local shopkeeper, said`). */
const MAX_APPOSITION_CHARS = 80;

/** Text between two parts of an attribution that stays inside one clause. */
const CLAUSE_BREAK = /[,.;:!?"“”«»()]/u;
const COMMA_BEFORE_NAME = /(?<=\S),\s+$/u;
const PRONOUN_FIRST = /^(he|she|they|it)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/iu;
const PRONOUN_AFTER_VERB = /^(\p{Ll}+)\s+(he|she|they)\b/u;
const ACCORDING_TO = /^according\s+to\s/iu;
const VERB_AFTER_NAME = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
const APPOSITION_THEN_VERB = /^,[^"“”«».;:]*?,\s+(\p{Ll}+)/u;
const LEADING_GAP = /^[\s,]*/u;
const VERB_AT_START = /^(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
const ADVERB = /ly$/u;

const POSSESSIVE_AFTER = /^['’]s?\s/u;

/**
 * Names that may speak: not places, and not an owner (`the hospital's medical director,
 * Dr X, said`: the hospital owns the role, X speaks).
 */
const speakerMentions = (paragraph: string, mentions: readonly ResolvedMention[]) =>
  mentions.filter(
    (m) => m.kind !== 'place' && !POSSESSIVE_AFTER.test(paragraph.slice(m.end, m.end + 3)),
  );

/** `," said headteacher Rachel Moore`: the first name within a few words after `from`. */
const nameAfter = (
  paragraph: string,
  from: number,
  to: number,
  mentions: readonly ResolvedMention[],
): ResolvedMention | undefined => {
  const m = speakerMentions(paragraph, mentions).find((x) => x.start >= from && x.start < to);
  if (!m) return undefined;
  // `said the council's sustainability officer, Gareth Price`: one comma may set off the name.
  const between = paragraph.slice(from, m.start).replace(COMMA_BEFORE_NAME, ' ');
  return !CLAUSE_BREAK.test(between) && words(between).length <= MAX_ROLE_WORDS ? m : undefined;
};

/** `Kamala Harris said`, `X, a local shopkeeper, said`: a verb of saying follows the name. */
const speaksAfter = (paragraph: string, m: ResolvedMention): boolean => {
  const rest = paragraph.slice(m.end, m.end + MAX_APPOSITION_CHARS);
  return (
    isQuoteVerb(VERB_AFTER_NAME.exec(rest)?.[1]) ||
    isQuoteVerb(APPOSITION_THEN_VERB.exec(rest)?.[1])
  );
};

/**
 * The attribution after a quote, in the rest of its sentence (`tail` holds
 * `paragraph.slice(start, end)`): `," said <role> <Name>`, `," <role> <Name> said`,
 * `," she said`, `," said she`, `," according to <Name>`.
 */
export const attributionAfter = (
  paragraph: string,
  start: number,
  end: number,
  mentions: readonly ResolvedMention[],
): Attribution | undefined => {
  const gap = LEADING_GAP.exec(paragraph.slice(start, end))?.[0].length ?? 0;
  const from = start + gap;
  const tail = paragraph.slice(from, end);
  const first = words(tail);
  const pronoun = PRONOUN_FIRST.exec(tail);
  if (pronoun && isQuoteVerb(pronoun[2]))
    return { kind: 'pronoun', pronoun: pronoun[1]?.toLowerCase() as Pronoun, offset: from };
  const verbFirst = isQuoteVerb(first[0]) || (ADVERB.test(first[0] ?? '') && isQuoteVerb(first[1]));
  if (verbFirst) {
    const inverted = PRONOUN_AFTER_VERB.exec(tail);
    if (inverted) return { kind: 'pronoun', pronoun: inverted[2] as Pronoun, offset: from };
  }
  const according = ACCORDING_TO.exec(tail);
  if (verbFirst || according) {
    const verbEnd = from + ((according ?? VERB_AT_START.exec(tail))?.[0].length ?? 0);
    const named = nameAfter(paragraph, verbEnd, end, mentions);
    return named ? { kind: 'named', mention: named } : { kind: 'unnamed' };
  }
  const named = nameAfter(paragraph, from, end, mentions);
  if (named && speaksAfter(paragraph, named)) return { kind: 'named', mention: named };
  // `," one man shouted`: the sentence says someone spoke, but names nobody.
  return first.slice(0, MAX_ROLE_WORDS + 1).some(isQuoteVerb) ? { kind: 'unnamed' } : undefined;
};

const WORD_AT = /[\p{L}\p{N}'’-]+/gu;

/** Where the lead's last verb of saying starts, or -1. */
const lastQuoteVerbAt = (lead: string): number => {
  let at = -1;
  for (const match of lead.matchAll(WORD_AT)) if (isQuoteVerb(match[0])) at = match.index;
  return at;
};

const PRONOUN_SUBJECT = /(?:^|[\s"“(])(he|she|they|it)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/giu;
const ACCORDING_BEFORE = /according\s+to\s+$/iu;
const LOOKBEHIND_CHARS = 40;

/**
 * The attribution before a quote in its sentence (`lead` is `paragraph.slice(start,
 * quoteStart)`): `<Name>[, <apposition>,] said: "`, `<Name> said the plan was "...`,
 * `According to <role> <Name>, "`, `She told reporters: "`. The sentence's subject is
 * the first name or pronoun followed, later in the lead, by a verb of saying.
 */
export const attributionBefore = (
  paragraph: string,
  start: number,
  quoteStart: number,
  mentions: readonly ResolvedMention[],
): Attribution | undefined => {
  const lead = paragraph.slice(start, quoteStart);
  // A name speaks when a verb of saying follows it in the lead: it ends before the last verb.
  const lastVerb = lastQuoteVerbAt(lead);
  const named = speakerMentions(paragraph, mentions).find((m) => {
    if (m.start < start || m.end > quoteStart) return false;
    const before = paragraph.slice(Math.max(start, m.start - LOOKBEHIND_CHARS), m.start);
    return m.end <= start + lastVerb || ACCORDING_BEFORE.test(before);
  });
  for (const match of lead.matchAll(PRONOUN_SUBJECT)) {
    const offset = start + match.index;
    if (named && named.start < offset) break;
    if (!isQuoteVerb(match[2])) continue;
    return { kind: 'pronoun', pronoun: match[1]?.toLowerCase() as Pronoun, offset };
  }
  return named ? { kind: 'named', mention: named } : undefined;
};
