import type { Entity } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import { isFirstName } from './first-names.ts';
import { type Group, Groups, lastWord, mergeGroup, personKey, wordCount } from './groups.ts';
import { resolveOrganisations } from './org-aliases.ts';
import type { RawMention } from './raw-mention.ts';
import { GENERIC_SPEAKERS } from './vocabulary.ts';

/** A mention after resolution: which entity (by canonical name) it refers to. */
export interface ResolvedMention {
  paragraph: number;
  start: number;
  end: number;
  kind: Entity['kind'];
  name: string;
}

/** The person whose full name ends in `word`, the latest one mentioned before `raw`. */
const bySurname = (people: readonly Group[], word: string): Group | undefined =>
  people.filter((g) => wordCount(g.key) > 1 && lastWord(g.key) === word).at(-1);

const byRole = (people: readonly Group[], raw: RawMention): Group | undefined => {
  if (raw.refRole) {
    const role = raw.refRole.toLowerCase();
    return people.find((g) => g.roles.some((r) => r.toLowerCase() === role));
  }
  const demonym = raw.refDemonym ?? '';
  let latest: { group: Group; at: number } | undefined;
  for (const group of people) {
    if (!group.roles.some((r) => r.split(' ').includes(demonym))) continue;
    for (const m of group.mentions) {
      const at = m.paragraph * 1e7 + m.start;
      if (at < raw.paragraph * 1e7 + raw.start && (!latest || at > latest.at))
        latest = { group, at };
    }
  }
  return latest?.group;
};

const peopleOf = (groups: Groups): Group[] => groups.order.filter((g) => g.kind === 'person');

const lowerThe = (surface: string) => `the ${surface}`;

/** Groups mentions into entities: full names first, then surnames, role references, cues. */
export const resolveMentions = (
  raws: readonly RawMention[],
  surnamesAlone: ReadonlySet<string>,
) => {
  // Each mention is compared with the entities found so far (at most one per distinct
  // name): charged before the work, so a text of thousands of names stops early.
  spendWork(raws.length * new Set(raws.map((raw) => raw.key)).size, 'entities-resolve');
  const groups = new Groups();
  for (const raw of raws) {
    if (raw.kind === 'person' || raw.kind === 'place' || raw.kind === 'organisation')
      groups.add(raw.kind, raw.key, raw);
  }
  const unplaced: RawMention[] = [];
  const speakers: RawMention[] = [];
  for (const raw of raws) {
    if (raw.kind === 'role-ref') {
      const person = byRole(peopleOf(groups), raw);
      if (person) groups.add('person', person.key, raw, lowerThe(raw.surface));
    } else if (raw.kind === 'candidate' && loneSpeaker(raw)) {
      const person = bySurname(peopleOf(groups), raw.surface) ?? groups.get('person', raw.key);
      if (person) groups.add('person', person.key, raw);
      else speakers.push(raw);
    } else if (
      raw.kind === 'candidate' &&
      !resolveCandidate(groups, peopleOf(groups), raw, surnamesAlone)
    ) {
      unplaced.push(raw);
    }
  }
  mergeSurnames(groups);
  placeSpeakers(groups, speakers);
  surnamesOverPlaces(groups);
  resolveOrganisations(groups, raws, joinKnownNames(groups, unplaced));
  return groups.order.filter((g) => g.mentions.length > 0);
};

const resolveCandidate = (
  groups: Groups,
  people: readonly Group[],
  raw: RawMention,
  surnamesAlone: ReadonlySet<string>,
): boolean => {
  const single = wordCount(raw.surface) === 1;
  const person = single ? bySurname(people, raw.surface) : undefined;
  if (person) groups.add('person', person.key, raw);
  else if (groups.get('person', raw.key)) groups.add('person', raw.key, raw);
  else if (raw.placeCue) groups.add('place', raw.key, raw);
  else if (!single && (raw.personCue || surnamesAlone.has(lastWord(raw.surface))))
    groups.add('person', raw.key, raw);
  else return false;
  return true;
};

const loneSpeaker = (raw: RawMention): boolean =>
  raw.personCue === true && !raw.placeCue && wordCount(raw.surface) === 1;

/**
 * `Martha said`, `Schiff said`, `Audi said`: a lone word that speaks is a person when it
 * is a first name or the surname of a person the text names in full (anywhere in it);
 * otherwise a company or body, unless a generic plural (`Officials said`).
 */
const placeSpeakers = (groups: Groups, speakers: readonly RawMention[]): void => {
  const surnames = new Map<string, Group>();
  for (const person of peopleOf(groups))
    if (person.key.includes(' ')) surnames.set(lastWord(person.key), person);
  for (const raw of speakers) {
    const person = surnames.get(raw.key) ?? groups.get('person', raw.key);
    if (person) groups.add('person', person.key, raw);
    else if (isFirstName(raw.surface)) groups.add('person', raw.key, raw);
    else if (!GENERIC_SPEAKERS.has(raw.surface)) groups.add('organisation', raw.key, raw);
  }
};

/**
 * A name with no cue of its own counts for the entity the text made of it elsewhere
 * (`in Kramatorsk` ... `Kramatorsk was shelled`). Returns the names still unplaced.
 */
const joinKnownNames = (groups: Groups, unplaced: readonly RawMention[]): RawMention[] => {
  // The latest full name ending in each surname, as `bySurname` picks it.
  const surnames = new Map<string, Group>();
  for (const person of peopleOf(groups))
    if (person.key.includes(' ')) surnames.set(lastWord(person.key), person);
  return unplaced.filter((raw) => {
    const known =
      groups.get('person', raw.key) ??
      surnames.get(raw.key) ??
      groups.get('organisation', raw.key) ??
      groups.get('place', raw.key);
    if (known) groups.add(known.kind, known.key, raw);
    return !known;
  });
};

/** A place word that is also the surname of a person in the text (`Hamilton`) is the person. */
const surnamesOverPlaces = (groups: Groups) => {
  for (const group of groups.order) {
    if (group.kind !== 'place' || group.surfaces.some((s) => s !== group.key)) continue;
    const person = groups.order.find(
      (g) => g.kind === 'person' && wordCount(g.key) > 1 && lastWord(g.key) === group.key,
    );
    if (person) mergeGroup(person, group);
  }
};

/** A person known by one word (`Putin` said...) joins a full name ending in that word. */
const mergeSurnames = (groups: Groups) => {
  for (const group of groups.order) {
    if (group.kind !== 'person' || wordCount(group.key) > 1) continue;
    const full = groups.order.find(
      (g) => g.kind === 'person' && wordCount(g.key) > 1 && lastWord(g.key) === group.key,
    );
    if (full) mergeGroup(full, group);
  }
};

export const toEntity = (group: Group): Entity => {
  const name = group.kind === 'person' ? personName(group) : canonicalName(group);
  const aliases = [...new Set([...group.surfaces, ...group.references].filter((s) => s !== name))];
  return { kind: group.kind, name, aliases, roles: group.roles, mentions: group.mentions.length };
};

/** The fullest written form of a person's key (`Donald J. Trump` for `Donald Trump`). */
const personName = (group: Group): string =>
  longest([group.key, ...group.surfaces.filter((s) => personKey(s) === group.key)]);

/** `Britain's Conservative Party`: a name that carries its country in a possessive. */
const POSSESSIVE_INSIDE = /['’]s /u;
const ABBREVIATED = /\.|^\p{Lu}+$/u;

/** The fullest written form; a place written only as `U.S.` takes the gazetteer's name. */
const canonicalName = (group: Group): string => {
  const plain = group.surfaces.filter((s) => !POSSESSIVE_INSIDE.test(s));
  const written = longest(plain.length > 0 ? plain : group.surfaces);
  return group.kind === 'place' && ABBREVIATED.test(written) && group.key.length > written.length
    ? group.key
    : written;
};

const longest = (surfaces: readonly string[]): string =>
  surfaces.reduce(
    (best, s) =>
      wordCount(s) > wordCount(best) || (wordCount(s) === wordCount(best) && s.length > best.length)
        ? s
        : best,
    surfaces[0] ?? '',
  );

export const resolvedMentions = (groups: readonly Group[]): ResolvedMention[] =>
  groups.flatMap((group) => {
    const { name } = toEntity(group);
    return group.mentions.map((m) => ({
      paragraph: m.paragraph,
      start: m.start,
      end: m.end,
      kind: group.kind,
      name,
    }));
  });
