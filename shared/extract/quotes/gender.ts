import { spendWork } from '../../domain/work-budget.ts';
import type { ResolvedMention } from '../entities/index.ts';
import { FEMALE_NAMES, MALE_NAMES } from './given-name-gender.ts';

/** Which pronoun a person takes, as far as the text shows; `unknown` fits both. */
export type Gender = 'female' | 'male' | 'unknown';

const words = (list: string) => new Set(list.split(' '));

/** Honorifics and role words that say which pronoun a person takes (`Ms`, `spokeswoman`). */
const FEMALE_CUES = words(
  'Mrs Ms Miss Dame Lady Madam spokeswoman chairwoman councilwoman congresswoman businesswoman headmistress landlady actress queen Queen princess Princess duchess Duchess mother wife daughter sister grandmother',
);
const MALE_CUES = words(
  'Mr Sir Lord spokesman chairman councilman congressman businessman headmaster landlord actor king King prince Prince duke Duke father husband son brother grandfather',
);

/** How near a cue must stand to its name (`opposition health spokeswoman X`). */
const CUE_WINDOW_CHARS = 40;
const CUE_WINDOW_WORDS = 3;
const WORD = /[\p{L}]+/gu;

const cueBefore = (paragraph: string, start: number): Gender => {
  const before = paragraph.slice(Math.max(0, start - CUE_WINDOW_CHARS), start).match(WORD) ?? [];
  // The nearest cue wins: `the wife of Mr X` cues X by `Mr`.
  for (const word of before.slice(-CUE_WINDOW_WORDS).reverse()) {
    if (FEMALE_CUES.has(word)) return 'female';
    if (MALE_CUES.has(word)) return 'male';
  }
  return 'unknown';
};

const byGivenName = (name: string): Gender => {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (FEMALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first)) return 'male';
  return 'unknown';
};

/**
 * The gender each person of the text takes: from a cue right before any of their
 * mentions (`Ms`, `spokeswoman`), else from their given name. People with conflicting
 * cues stay `unknown`.
 */
export const genderOfPeople = (
  paragraphs: readonly string[],
  mentions: readonly ResolvedMention[],
): Map<string, Gender> => {
  spendWork(mentions.length, 'quotes');
  const cued = new Map<string, Gender>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const cue = cueBefore(paragraphs[m.paragraph] ?? '', m.start);
    const known = cued.get(m.name);
    if (cue === 'unknown' || known === cue) continue;
    cued.set(m.name, known === undefined ? cue : 'unknown');
  }
  const genders = new Map<string, Gender>();
  for (const m of mentions) {
    if (m.kind === 'person' && !genders.has(m.name))
      genders.set(m.name, cued.get(m.name) ?? byGivenName(m.name));
  }
  return genders;
};
