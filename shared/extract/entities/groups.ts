import type { Entity } from '../../domain/record.ts';
import type { RawMention } from './raw-mention.ts';

/** Mentions gathered under one entity while resolving. */
export interface Group {
  kind: Entity['kind'];
  key: string;
  /** How the text writes it; the canonical name is chosen among these. */
  surfaces: string[];
  /** Anaphoric forms (`the ministry`): aliases, never the name. */
  references: string[];
  roles: string[];
  mentions: RawMention[];
}

/** `Donald J. Trump` and `Donald Trump` are one person: middle initials leave the key. */
const MIDDLE_INITIAL = / (?:\p{Lu}\. )+(?=\p{Lu})/gu;
export const personKey = (name: string): string =>
  name.includes('. ') ? name.replace(MIDDLE_INITIAL, ' ') : name;

export const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
export const wordCount = (name: string): number => {
  let count = 1;
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) count += 1;
  return count;
};

/** Groups by kind and key, in order of first mention. */
export class Groups {
  readonly byKey = new Map<string, Group>();
  readonly order: Group[] = [];

  add(kind: Entity['kind'], key: string, raw: RawMention, surface = raw.surface): Group {
    const group = this.groupFor(kind, kind === 'person' ? personKey(key) : key);
    group.surfaces.push(surface);
    group.mentions.push(raw);
    if (raw.role && !group.roles.some((r) => r.toLowerCase() === raw.role?.toLowerCase()))
      group.roles.push(raw.role);
    return group;
  }

  /** Adds an anaphoric mention (`the company`) to an existing group. */
  addReference(group: Group, raw: RawMention, surface: string): void {
    group.references.push(surface);
    group.mentions.push(raw);
  }

  get(kind: Entity['kind'], key: string): Group | undefined {
    return this.byKey.get(`${kind}:${kind === 'person' ? personKey(key) : key}`);
  }

  private groupFor(kind: Entity['kind'], key: string): Group {
    const id = `${kind}:${key}`;
    let group = this.byKey.get(id);
    if (!group) {
      group = { kind, key, surfaces: [], references: [], roles: [], mentions: [] };
      this.byKey.set(id, group);
      this.order.push(group);
    }
    return group;
  }
}

/** Moves every mention of `from` into `into`, leaving `from` empty (dropped later). */
export const mergeGroup = (into: Group, from: Group): void => {
  into.surfaces.push(...from.surfaces);
  into.references.push(...from.references);
  into.mentions.push(...from.mentions);
  for (const role of from.roles) if (!into.roles.includes(role)) into.roles.push(role);
  from.surfaces = [];
  from.references = [];
  from.mentions = [];
};
