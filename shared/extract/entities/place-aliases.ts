import { canonicalPlace } from './gazetteer.ts';

/**
 * Short written forms of places the gazetteer files under a longer name: city and
 * region abbreviations that news copy uses as names (`NYC`, `D.C.`, `NRW`). Acronyms
 * that as often mean a body or a word (`LA`, `SF`) are left out.
 */
const ALIASES = new Map<string, string>([
  ['NYC', 'New York City'],
  ['N.Y.C.', 'New York City'],
  ['DC', 'Washington'],
  ['D.C.', 'Washington'],
  ['L.A.', 'Los Angeles'],
  ['NRW', 'North Rhine-Westphalia'],
  ['North Rhine-Westphalia', 'North Rhine-Westphalia'],
  ['Nordrhein-Westfalen', 'North Rhine-Westphalia'],
]);

/** The gazetteer's name for a place, or for one of its short forms; undefined otherwise. */
export const knownPlace = (name: string): string | undefined =>
  canonicalPlace(name) ?? ALIASES.get(name);
