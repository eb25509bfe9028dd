import type { Rng } from './prng.ts';

/** A small news vocabulary: enough variety for titles, sentences, names and places. */
const NOUNS = [
  'council',
  'harbour',
  'strike',
  'minister',
  'report',
  'election',
  'storm',
  'market',
  'vaccine',
  'bridge',
  'budget',
  'court',
  'festival',
  'factory',
  'school',
  'river',
] as const;
const VERBS = [
  'approved',
  'delayed',
  'opened',
  'rejected',
  'announced',
  'closed',
  'reviewed',
  'funded',
] as const;
const ADJECTIVES = [
  'new',
  'local',
  'late',
  'regional',
  'large',
  'disputed',
  'annual',
  'quiet',
] as const;
const PEOPLE = [
  'Rosa Delgado',
  'Samuel Mensah',
  'Katarzyna Nowak',
  'Hanna Voss',
  'Priya Raman',
] as const;
const PLACES = ['Harbour Town', 'Constanta', 'Accra', 'Lisbon', 'Tromso', 'Valparaiso'] as const;

export const person = (rng: Rng): string => rng.pick(PEOPLE);
export const place = (rng: Rng): string => rng.pick(PLACES);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const title = (rng: Rng): string =>
  capitalise(`${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} in ${place(rng)}`);

export const sentence = (rng: Rng): string => {
  const clauses = [
    `the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} was ${rng.pick(VERBS)} on Tuesday`,
    `${person(rng)} said the ${rng.pick(NOUNS)} had been ${rng.pick(VERBS)}`,
    `officials in ${place(rng)} ${rng.pick(VERBS)} the ${rng.pick(NOUNS)} last month`,
    `"We have ${rng.pick(VERBS)} the ${rng.pick(NOUNS)}," said ${person(rng)}`,
  ];
  return `${capitalise(rng.pick(clauses))}.`;
};

export const paragraph = (rng: Rng): string =>
  Array.from({ length: rng.int(1, 5) }, () => sentence(rng)).join(' ');

export const paragraphs = (rng: Rng, min = 1, max = 8): string[] =>
  Array.from({ length: rng.int(min, max) }, () => paragraph(rng));

/** An ISO day in 2024-2026. */
export const isoDay = (rng: Rng): string =>
  `${rng.int(2024, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
