import { canonicalPlace } from './gazetteer.ts';

/**
 * German names of much-reported countries and cities: German pages take no context
 * places (`in X` may be any noun there), so these are known by name.
 */
function germanNames(): Array<[string, string]> {
  const pairs =
    'Deutschland=Germany,Österreich=Austria,Schweiz=Switzerland,Frankreich=France,Italien=Italy,Spanien=Spain,Russland=Russia,Polen=Poland,Niederlande=Netherlands,Belgien=Belgium,Griechenland=Greece,Türkei=Türkiye,Syrien=Syria,Ägypten=Egypt,Großbritannien=United Kingdom,Indien=India,Brasilien=Brazil,Afrika=Africa,Asien=Asia,Nordamerika=North America,Südamerika=South America,München=Munich,Köln=Cologne,Wien=Vienna,Zürich=Zurich,Genf=Geneva,Rom=Rome,Neapel=Naples,Mailand=Milan,Moskau=Moscow,Peking=Beijing,Warschau=Warsaw,Prag=Prague,Brüssel=Brussels,Kiew=Kyiv';
  return pairs.split(',').map((pair) => pair.split('=') as [string, string]);
}

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
  ...germanNames(),
]);

/** The gazetteer's name for a place, or for one of its short forms; undefined otherwise. */
export const knownPlace = (name: string): string | undefined =>
  canonicalPlace(name) ?? ALIASES.get(name);
