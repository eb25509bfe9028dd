import { agencyName } from '../news-agencies.ts';
import { COMPASS_WORDS, isDemonym, isFeature } from './gazetteer.ts';
import { ACRONYM } from './org-names.ts';
import { orgReferences } from './org-refs.ts';
import { firstNameLed } from './person-cues.ts';
import { knownPlace } from './place-aliases.ts';
import {
  basedPlace,
  datelinePlace,
  hasPlaceCue,
  isNamedDivision,
  titleCase,
} from './place-cues.ts';
import type { RawMention } from './raw-mention.ts';
import {
  allRoleWords,
  lastTitleBeforeName,
  roleAfter,
  roleBefore,
  roleBeforeComma,
} from './roles.ts';
import { findRuns, type Run, runText, splitAtOwner, trimRun } from './runs.ts';
import { isSportsClub } from './sports-clubs.ts';
import { strictPeople } from './strict-people.ts';
import type { Token } from './tokens.ts';
import {
  FUNCTION_WORDS,
  GENERIC_ROLE_NOUNS,
  HONORIFICS,
  KNOWN_BODIES,
  NOT_ACRONYMS,
  ORG_HEADS,
  SAYING_VERBS,
  STANDALONE_ORGS,
  THING_HEADS,
  TITLE_WORDS,
} from './vocabulary.ts';

const speaks = (tokens: readonly Token[], run: Run): boolean =>
  SAYING_VERBS.has(tokens[run.last]?.text ?? '') ||
  SAYING_VERBS.has(tokens[run.first - 1]?.text ?? '');
interface RunContext {
  text: string;
  tokens: readonly Token[];
  paragraph: number;
  afterThe: boolean;
  lowercase: ReadonlySet<string>;
}

const mention = (
  ctx: RunContext,
  run: Run,
  kind: RawMention['kind'],
  extra: Partial<RawMention> = {},
): RawMention => {
  const surface = runText(ctx.text, ctx.tokens, run);
  return {
    paragraph: ctx.paragraph,
    start: ctx.tokens[run.first]?.start ?? 0,
    end: ctx.tokens[run.last - 1]?.end ?? 0,
    surface,
    kind,
    key: surface,
    ...extra,
  };
};

const classifyRun = (ctx: RunContext, run: Run): RawMention | null => {
  const { tokens } = ctx;
  const surface = runText(ctx.text, tokens, run);
  const lastToken = tokens[run.last - 1];
  const single = run.last - run.first === 1;
  const agency = agencyName(surface);
  if (agency) return mention(ctx, run, 'organisation', { key: agency });
  if (THING_HEADS.has(lastToken?.text ?? '')) return null;
  if (isSportsClub(tokens, run)) return mention(ctx, run, 'organisation');
  const place = knownPlace(surface) ?? knownPlace(titleCase(surface));
  if (place) return placeMention(ctx, run, place);
  const unknownPlace = placeWithoutGazetteer(ctx, run);
  if (unknownPlace) return unknownPlace;
  if (headBeforeConnector(tokens, run)) return mention(ctx, run, 'organisation');
  // Before titles: `King County` is a county, not a king.
  if (isNamedDivision(tokens, run)) return mention(ctx, run, 'candidate', { placeCue: true });
  // `the Ministry`: a head alone refers back to a named body (resolved later, or dropped).
  const head = lastToken?.text ?? '';
  if (single && ctx.afterThe && ORG_HEADS.has(head) && !STANDALONE_ORGS.has(head))
    return mention(ctx, run, 'org-ref', { surface: `the ${surface}`, refHead: head.toLowerCase() });
  if (
    lastToken &&
    ORG_HEADS.has(lastToken.text) &&
    (!single || STANDALONE_ORGS.has(lastToken.text))
  )
    return mention(ctx, run, 'organisation');
  if (
    single &&
    lastToken &&
    ACRONYM.test(lastToken.text) &&
    !NOT_ACRONYMS.has(lastToken.text) &&
    !ctx.lowercase.has(lastToken.text.toLowerCase()) &&
    (KNOWN_BODIES.has(lastToken.text) || speaks(tokens, run))
  )
    return mention(ctx, run, 'organisation');
  return personOrReference(ctx, run);
};

/** Name words are not single letters (`Group A`) nor carry a lowercase suffix (`Cup-style`). */
const NOT_NAME_WORD = /^\p{L}$|-\p{Ll}/u;
const nameShaped = (tokens: readonly Token[], run: Run): boolean => {
  for (let i = run.first; i < run.last; i += 1) {
    if (tokens[i]?.text === '.') continue;
    const initial = tokens[i + 1]?.text === '.' && i + 1 < run.last;
    if (!initial && NOT_NAME_WORD.test(tokens[i]?.text ?? '')) return false;
  }
  return true;
};

/** A name's words are name-shaped and none is a word the text also writes in lowercase. */
const personName = (ctx: RunContext, run: Run): boolean => {
  if (!nameShaped(ctx.tokens, run)) return false;
  for (let i = run.first; i < run.last; i += 1) {
    if (ctx.lowercase.has((ctx.tokens[i]?.text ?? '').toLowerCase())) return false;
  }
  return true;
};

/** A place known from its context only: a dateline, or `an X-based firm`. */
const placeWithoutGazetteer = (ctx: RunContext, run: Run): RawMention | null => {
  const dateline = datelinePlace(ctx.text, ctx.tokens, run, ctx.lowercase);
  if (dateline) return mention(ctx, run, 'place', { key: dateline, surface: dateline });
  const based = basedPlace(ctx.text, ctx.tokens, run, ctx.lowercase);
  if (!based) return null;
  const end = (ctx.tokens[run.first]?.start ?? 0) + based.length;
  const known = knownPlace(based);
  if (known) return mention(ctx, run, 'place', { key: known, surface: based, end });
  return mention(ctx, run, 'candidate', { key: based, surface: based, end, placeCue: true });
};

/** `Bank of England`, `Ministry of Foreign Affairs`: a head joined to a name by `of`/`for`. */
const headBeforeConnector = (tokens: readonly Token[], run: Run): boolean => {
  for (let i = run.first + 1; i < run.last - 1; i += 1) {
    const word = tokens[i]?.text;
    if ((word === 'of' || word === 'for') && ORG_HEADS.has(tokens[i - 1]?.text ?? '')) return true;
  }
  return false;
};

const placeMention = (ctx: RunContext, run: Run, place: string): RawMention => {
  const compass = ctx.tokens[run.first - 1];
  if (compass && COMPASS_WORDS.has(compass.text) && isFeature(place)) {
    const surface = `${compass.text} ${runText(ctx.text, ctx.tokens, run)}`;
    return { ...mention(ctx, run, 'place'), start: compass.start, surface, key: surface };
  }
  const shouted = runText(ctx.text, ctx.tokens, run) === place.toUpperCase();
  return mention(ctx, run, 'place', shouted ? { key: place, surface: place } : { key: place });
};

const personOrReference = (ctx: RunContext, run: Run): RawMention | null => {
  const { tokens, text } = ctx;
  const next = tokens[run.last];
  if (allRoleWords(tokens, run)) {
    const surface = runText(text, tokens, run);
    const endsInTitle = TITLE_WORDS.has(tokens[run.last - 1]?.text ?? '');
    if (endsInTitle && ctx.afterThe) return mention(ctx, run, 'role-ref', { refRole: surface });
    if (
      next &&
      !next.cap &&
      GENERIC_ROLE_NOUNS.has(next.text) &&
      ctx.afterThe &&
      isDemonym(tokens[run.first]?.text ?? '')
    )
      return {
        ...mention(ctx, run, 'role-ref', { refDemonym: tokens[run.first]?.text ?? '' }),
        end: next.end,
        surface: `${surface} ${next.text}`,
      };
    return null;
  }
  const title = lastTitleBeforeName(tokens, run);
  if (title >= 0) {
    const name = { first: title + 1, last: run.last };
    if (tokens[name.first]?.text === '.') name.first += 1;
    const roleRun = { first: run.first, last: title + 1 };
    const honorificOnly = title === run.first && HONORIFICS.has(tokens[title]?.text ?? '');
    const role = honorificOnly
      ? (roleBeforeComma(text, tokens, run) ?? roleAfter(text, tokens, run.last))
      : runText(text, tokens, roleRun);
    if (!personName(ctx, name)) return null;
    return mention(ctx, name, 'person', role ? { role } : {});
  }
  if (run.last - run.first === 1 && HONORIFICS.has(tokens[run.first]?.text ?? '')) return null;
  const role = roleBefore(text, tokens, run.first) ?? roleBeforeComma(text, tokens, run);
  if (role && personName(ctx, run)) return mention(ctx, run, 'person', { role });
  const previous = tokens[run.first - 1];
  if (!nameShaped(tokens, run) || isDemonym(tokens[run.last - 1]?.text ?? '')) return null;
  const appositive = roleAfter(text, tokens, run.last);
  if (appositive && personName(ctx, run)) return mention(ctx, run, 'person', { role: appositive });
  return mention(ctx, run, 'candidate', {
    // `Kevin Marsh`: two or more name words opening with a known first name are a person.
    personCue:
      (next !== undefined && SAYING_VERBS.has(next.text)) ||
      (previous !== undefined && SAYING_VERBS.has(previous.text)) ||
      firstNameLed(tokens, run) ||
      describedAsPerson(tokens, run),
    // `in Robert Jordan's novels`: a first name opening the run outweighs a place cue.
    placeCue: hasPlaceCue(tokens, run) && !firstNameLed(tokens, run),
  });
};

const AGE = /^\d{1,3}$/u;

/**
 * `Nadia Hussain, whose son ...`, `Mary Coleman, 74,`: a relative `who` or an age follows
 * a person who opens a clause (not `owners on Harbour Street, who`: there the relative
 * belongs to the noun before the preposition).
 */
const describedAsPerson = (tokens: readonly Token[], run: Run): boolean => {
  const next = tokens[run.last + 1]?.text ?? '';
  const before = tokens[run.first - 1];
  return (
    !(before?.word && FUNCTION_WORDS.has(before.text.toLowerCase())) &&
    tokens[run.last]?.text === ',' &&
    (next === 'who' || next === 'whose' || (AGE.test(next) && tokens[run.last + 2]?.text === ','))
  );
};

/** `NATO Secretary General Mark Rutte`: the body that opens a person's title is mentioned too. */
const bodyBeforeTitle = (ctx: RunContext, run: Run, found: RawMention): RawMention | null => {
  const first = ctx.tokens[run.first];
  if (found.kind !== 'person' || !first || first.start >= found.start) return null;
  if (!KNOWN_BODIES.has(first.text)) return null;
  return mention(ctx, { first: run.first, last: run.first + 1 }, 'organisation');
};

/** Every mention in one paragraph, in text order. */
export const paragraphMentions = (
  text: string,
  tokens: readonly Token[],
  paragraph: number,
  lowercase: ReadonlySet<string>,
  language = 'en',
): RawMention[] => {
  const found: RawMention[] = [];
  const classify = (run: Run): void => {
    const before = tokens[run.first - 1];
    const afterThe = before !== undefined && before.text.toLowerCase() === 'the';
    const ctx = { text, tokens, paragraph, afterThe, lowercase };
    const classified = classifyRun(ctx, run);
    const parts = namesNothing(classified) ? splitAtOwner(tokens, run) : null;
    if (parts) {
      for (const part of parts) classify(trimRun(tokens, part, lowercase));
      return;
    }
    const kept =
      language === 'en' ? classified : strictPeople(text, tokens, run, classified, language);
    if (kept) found.push(kept);
    const body = kept ? bodyBeforeTitle(ctx, run, kept) : null;
    if (body) found.push(body);
  };
  for (const raw of findRuns(tokens)) {
    const run = trimRun(tokens, raw, lowercase);
    if (run.first < run.last) classify(run);
  }
  found.push(...orgReferences(tokens, paragraph));
  return found;
};

/** A run that is neither a place nor a body may be two names (`Trump's Twitter`). */
const namesNothing = (found: RawMention | null): boolean =>
  found === null || found.kind === 'person' || found.kind === 'candidate';
