import { agencyName } from '../news-agencies.ts';
import { type Group, type Groups, mergeGroup } from './groups.ts';
import { ACRONYM, COMPANY_HEADS, initials, orgHead } from './org-names.ts';
import type { RawMention } from './raw-mention.ts';
import { KNOWN_BODIES } from './vocabulary.ts';

/**
 * One organisation, however the text names it: short forms (`the Foreign Ministry`),
 * acronyms (`WHO`) and references (`the ministry`) join the full name when exactly one
 * organisation fits; when two could, the mention is left out rather than guessed.
 */
export const resolveOrganisations = (
  groups: Groups,
  raws: readonly RawMention[],
  unplaced: readonly RawMention[],
): void => {
  mergeShortForms(groups);
  mergeAcronyms(groups, unplaced);
  for (const raw of raws) {
    if (raw.kind !== 'org-ref') continue;
    const target = onlyOne(organisations(groups).filter((g) => mayBeReferredTo(g, raw)));
    if (target && fitsReference(target, raw)) groups.addReference(target, raw, raw.surface);
  }
};

const organisations = (groups: Groups): Group[] =>
  groups.order.filter((g) => g.kind === 'organisation' && g.mentions.length > 0);

const onlyOne = (list: readonly Group[]): Group | undefined =>
  list.length === 1 ? list[0] : undefined;

/**
 * `Foreign Ministry` ending `Russian Foreign Ministry`: the full name only adds words in
 * front (a country, a chamber). Not `Office of Management` in `Office of Personnel
 * Management`, nor `Washington University` in `University of Washington`.
 */
const isShortFormOf = (short: Group, full: Group): boolean =>
  full !== short && orgHead(short.key) !== undefined && full.key.endsWith(` ${short.key}`);

const mergeShortForms = (groups: Groups): void => {
  const byLength = organisations(groups).sort((a, b) => a.key.length - b.key.length);
  for (const short of byLength) {
    const full = onlyOne(organisations(groups).filter((g) => isShortFormOf(short, g)));
    if (full) mergeGroup(full, short);
  }
};

/** An acronym joins the one multi-word organisation whose initials it spells. */
const spelledBy = (groups: Groups, acronym: string): Group | undefined =>
  onlyOne(
    organisations(groups).filter(
      (g) => g.key !== acronym && g.key.includes(' ') && initials(g.key) === acronym,
    ),
  );

const mergeAcronyms = (groups: Groups, unplaced: readonly RawMention[]): void => {
  for (const group of organisations(groups)) {
    if (!ACRONYM.test(group.key)) continue;
    const full = spelledBy(groups, group.key);
    if (full) mergeGroup(full, group);
  }
  for (const raw of unplaced) {
    if (!ACRONYM.test(raw.surface)) continue;
    const full = spelledBy(groups, raw.surface);
    if (full) groups.add('organisation', full.key, raw);
  }
};

/**
 * What `the company` might mean: a company name or a bare name (`WeWork`, which may well
 * be the company the article is about). Other references need their head noun.
 */
const mayBeReferredTo = (group: Group, raw: RawMention): boolean => {
  if (raw.refHead !== 'company' && raw.refHead !== 'firm') return fitsReference(group, raw);
  const head = orgHead(group.key);
  if (head !== undefined) return COMPANY_HEADS.has(head);
  return !KNOWN_BODIES.has(group.key) && agencyName(group.key) === undefined;
};

/** `the ministry` fits a `Ministry`; `the company` a name with a company head (`Acme Corp`). */
const fitsReference = (group: Group, raw: RawMention): boolean => {
  const noun = raw.refHead ?? '';
  const head = orgHead(group.key);
  // A bare name (`Google`, `TRD`) may be an outlet or a first name: never the answer alone.
  if (noun === 'company' || noun === 'firm') return head !== undefined && COMPANY_HEADS.has(head);
  if (noun === 'airline') return head === 'Airlines' || head === 'Airways';
  return head?.toLowerCase() === noun;
};
