import { COUNTRY_LINES } from './countries-data.ts';

/**
 * Places the extractor knows by name: countries (with other names, demonyms and
 * capitals), US states, major cities, continents, regions and geographic features.
 * Lookups are exact on the written form; `canonicalPlace` maps an alias (`U.S.`) to
 * the name the gazetteer files it under.
 */
const US_STATES =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming';
const CITIES =
  'New York City,Los Angeles,Chicago,Houston,Philadelphia,San Francisco,Boston,Seattle,Miami,Atlanta,Detroit,Dallas,Las Vegas,New Orleans,Toronto,Montreal,Vancouver,Sydney,Melbourne,Auckland,Shanghai,Hong Kong,Guangzhou,Shenzhen,Mumbai,Kolkata,Chennai,Bangalore,Karachi,Lahore,Istanbul,Dubai,Jeddah,Mecca,Gaza,Jerusalem,Tel Aviv,West Bank,Aleppo,Basra,Mosul,Benghazi,Alexandria,Lagos,Johannesburg,Cape Town,Casablanca,Marrakesh,St Petersburg,Saint Petersburg,Kharkiv,Odesa,Odessa,Lviv,Donetsk,Luhansk,Crimea,Mariupol,Kursk,Sochi,Vladivostok,Novosibirsk,Munich,Hamburg,Frankfurt,Cologne,Milan,Naples,Venice,Florence,Barcelona,Seville,Valencia,Marseille,Lyon,Nice,Geneva,Zurich,Davos,Manchester,Liverpool,Birmingham,Glasgow,Edinburgh,Rotterdam,Antwerp,Krakow,Gdansk,Osaka,Kyoto,Yokohama,Busan,Sao Paulo,Rio de Janeiro,Buenos Aires,Medellin,Monterrey,Guadalajara,Tijuana,Kabul,Kandahar,Ho Chi Minh City,Sapporo,Okinawa,Taipei,Gwangju,Pyongyang,Strasbourg,Brussels,The Hague,Washington,Silicon Valley,Wall Street';
const REGIONS =
  'Africa,Asia,Europe,North America,South America,Latin America,Central America,Oceania,Antarctica,Arctic,Antarctic,Middle East,Near East,Far East,Balkans,Baltics,Caucasus,Scandinavia,Siberia,Sahel,Sahara,Horn of Africa,Gulf,Persian Gulf,Caribbean,Mediterranean,Pacific,Atlantic,Indian Ocean,Pacific Ocean,Atlantic Ocean,Arctic Ocean,Southern Ocean,Black Sea,Red Sea,Baltic Sea,North Sea,Caspian Sea,Dead Sea,South China Sea,East China Sea,Sea of Japan,Sea of Azov,Aegean Sea,Adriatic Sea,Arabian Sea,Mediterranean Sea,Caribbean Sea,Gulf of Mexico,Gulf of Aden,Strait of Hormuz,Taiwan Strait,Bosphorus,Suez Canal,Panama Canal,English Channel,Amazon,Nile,Danube,Rhine,Volga,Dnipro,Dnieper,Euphrates,Tigris,Mekong,Yangtze,Ganges,Himalayas,Alps,Andes,Rockies,Urals,Golan Heights,Donbas,Kashmir,Tibet,Xinjiang,Kurdistan,Patagonia,Punjab,Bavaria,Catalonia,Scotland,England,Wales,Northern Ireland,Quebec,Ontario,British Columbia,Alberta,Queensland,Tasmania,Sicily,Sardinia,Corsica,Crete';
/** Other written forms of countries the data files under another name. */
const EXTRA_ALIASES: ReadonlyArray<[string, string]> = [
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['U.S.A.', 'United States'],
  ['America', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['Holland', 'Netherlands'],
  ['Burma', 'Myanmar'],
  ['Ivory Coast', 'Ivory Coast'],
  ['Czech Republic', 'Czechia'],
  ['Kiev', 'Kyiv'],
];

interface PlaceIndex {
  /** Written form -> the name the gazetteer files it under. */
  canonical: Map<string, string>;
  /** Demonyms (`Russian`, `American`): they name no place themselves. */
  demonyms: Set<string>;
}

const buildPlaceIndex = (): PlaceIndex => {
  const canonical = new Map<string, string>();
  const demonyms = new Set<string>();
  const addPlace = (name: string, target = name) => {
    if (name !== '' && !canonical.has(name)) canonical.set(name, target);
  };
  for (const line of COUNTRY_LINES.split('\n')) {
    const [name = '', others = '', demonymList = '', capitals = ''] = line.split(';');
    addPlace(name);
    for (const other of others.split(',')) addPlace(other, name);
    for (const demonym of demonymList.split(',')) if (demonym) demonyms.add(demonym);
    for (const capital of capitals.split(',')) addPlace(capital);
  }
  for (const list of [US_STATES, CITIES, REGIONS])
    for (const name of list.split(',')) addPlace(name);
  for (const [alias, target] of EXTRA_ALIASES) addPlace(alias, target);
  addPlace('Washington D.C.', 'Washington');
  return { canonical, demonyms };
};

let placeIndex: PlaceIndex | undefined;
/** Built on the first lookup rather than at import, so a cold start does not pay for it. */
const places = (): PlaceIndex => {
  placeIndex ??= buildPlaceIndex();
  return placeIndex;
};

/** The gazetteer's name for a written place name, or undefined when it is not a known place. */
export const canonicalPlace = (name: string): string | undefined => places().canonical.get(name);

export const isDemonym = (word: string): boolean => places().demonyms.has(word);

/** Words that turn a known region into a longer place name (`eastern Pacific Ocean`). */
export const COMPASS_WORDS = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/** Regions and features (oceans, seas, rivers), which take a compass word. */
const FEATURES = new Set(REGIONS.split(','));
export const isFeature = (name: string): boolean => FEATURES.has(name);
