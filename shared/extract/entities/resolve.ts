import type { Entity } from '../../domain/record.ts';
import type { RawMention } from './mentions.ts';

/** A mention after resolution: which entity (by canonical name) it refers to. */
export interface ResolvedMention {
  paragraph: number;
  start: number;
  end: number;
  kind: Entity['kind'];
  name: string;
}

interface Group {
  kind: Entity['kind'];
  key: string;
  surfaces: string[];
  roles: string[];
  mentions: RawMention[];
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
const wordCount = (name: string): number => name.split(' ').length;

class Groups {
  readonly byKey = new Map<string, Group>();
  readonly order: Group[] = [];

  add(kind: Entity['kind'], key: string, raw: RawMention, surface = raw.surface): Group {
    const id = `${kind}:${key}`;
    let group = this.byKey.get(id);
    if (!group) {
      group = { kind, key, surfaces: [], roles: [], mentions: [] };
      this.byKey.set(id, group);
      this.order.push(group);
    }
    group.surfaces.push(surface);
    group.mentions.push(raw);
    if (raw.role && !group.roles.some((r) => r.toLowerCase() === raw.role?.toLowerCase()))
      group.roles.push(raw.role);
    return group;
  }

  get(kind: Entity['kind'], key: string): Group | undefined {
    return this.byKey.get(`${kind}:${key}`);
  }
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

const lowerThe = (surface: string) => `the ${surface}`;

/** Groups mentions into entities: full names first, then surnames, role references, cues. */
export const resolveMentions = (
  raws: readonly RawMention[],
  surnamesAlone: ReadonlySet<string>,
) => {
  const groups = new Groups();
  for (const raw of raws) {
    if (raw.kind === 'person' || raw.kind === 'place' || raw.kind === 'organisation')
      groups.add(raw.kind, raw.key, raw);
  }
  const people = () => groups.order.filter((g) => g.kind === 'person');
  for (const raw of raws) {
    if (raw.kind === 'role-ref') {
      const person = byRole(people(), raw);
      if (person) groups.add('person', person.key, raw, lowerThe(raw.surface));
    } else if (raw.kind === 'candidate') {
      resolveCandidate(groups, people(), raw, surnamesAlone);
    }
  }
  mergeSurnames(groups);
  surnamesOverPlaces(groups);
  return groups.order.filter((g) => g.mentions.length > 0);
};

const resolveCandidate = (
  groups: Groups,
  people: readonly Group[],
  raw: RawMention,
  surnamesAlone: ReadonlySet<string>,
) => {
  const single = wordCount(raw.surface) === 1;
  const person = single ? bySurname(people, raw.surface) : undefined;
  if (person) groups.add('person', person.key, raw);
  else if (groups.get('person', raw.key)) groups.add('person', raw.key, raw);
  else if (raw.placeCue) groups.add('place', raw.key, raw);
  else if (!single && (raw.personCue || surnamesAlone.has(lastWord(raw.surface))))
    groups.add('person', raw.key, raw);
  // People are introduced by full name; a lone word that speaks is a company or body.
  else if (single && raw.personCue) groups.add('organisation', raw.key, raw);
};

/** A place word that is also the surname of a person in the text (`Hamilton`) is the person. */
const surnamesOverPlaces = (groups: Groups) => {
  for (const group of groups.order) {
    if (group.kind !== 'place' || group.surfaces.some((s) => s !== group.key)) continue;
    const person = groups.order.find(
      (g) => g.kind === 'person' && wordCount(g.key) > 1 && lastWord(g.key) === group.key,
    );
    if (!person) continue;
    person.surfaces.push(...group.surfaces);
    person.mentions.push(...group.mentions);
    group.mentions = [];
  }
};

/** A person known by one word (`Putin` said...) joins a full name ending in that word. */
const mergeSurnames = (groups: Groups) => {
  for (const group of groups.order) {
    if (group.kind !== 'person' || wordCount(group.key) > 1) continue;
    const full = groups.order.find(
      (g) => g.kind === 'person' && wordCount(g.key) > 1 && lastWord(g.key) === group.key,
    );
    if (!full) continue;
    full.surfaces.push(...group.surfaces);
    full.mentions.push(...group.mentions);
    for (const role of group.roles) if (!full.roles.includes(role)) full.roles.push(role);
    group.mentions = [];
  }
};

export const toEntity = (group: Group): Entity => {
  const name = group.kind === 'person' ? group.key : canonicalName(group);
  const aliases = [...new Set(group.surfaces.filter((s) => s !== name))];
  return { kind: group.kind, name, aliases, roles: group.roles, mentions: group.mentions.length };
};

const ABBREVIATED = /\.|^\p{Lu}+$/u;

/** The fullest written form; a place written only as `U.S.` takes the gazetteer's name. */
const canonicalName = (group: Group): string => {
  const written = longest(group.surfaces);
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
