/**
 * News agencies and outlets that articles cite as sources: canonical name first, then
 * other written forms. Data, not rules: add agencies here.
 */
const AGENCY_LINES = [
  'Reuters',
  'AP;Associated Press',
  'AFP;Agence France-Presse;Agence France Presse',
  'TASS;ITAR-TASS',
  'RIA Novosti;RIA',
  'Interfax',
  'Sputnik',
  'Xinhua',
  'dpa;DPA;Deutsche Presse-Agentur',
  'EFE',
  'ANSA',
  'Kyodo;Kyodo News',
  'Jiji;Jiji Press',
  'Yonhap',
  'PTI;Press Trust of India',
  'ANI;Asian News International',
  'Anadolu;Anadolu Agency',
  'Bloomberg',
  'BBC',
  'CNN',
  'Al Jazeera',
  'IRNA',
  'Fars',
  'Tasnim',
  'KCNA;Korean Central News Agency',
  'WAFA',
  'SANA',
  'MENA',
  'WAM',
  'QNA',
  'KUNA',
  'SPA;Saudi Press Agency',
  'Bernama',
  'Antara',
  'Ukrinform',
  'UNIAN',
  'PAP',
  'CTK',
  'MTI',
  'BTA',
  'Agerpres',
  'Belga',
  'ANP',
  'NTB',
  'AAP;Australian Associated Press',
  'PA Media;Press Association',
  'Canadian Press',
  'Prensa Latina',
  'Notimex',
  'NHK',
  'CCTV',
  'CGTN',
  'RT',
  'Press TV',
  'Axios',
  'Politico',
  'The New York Times;New York Times',
  'The Washington Post;Washington Post',
  'The Wall Street Journal;Wall Street Journal',
  'Financial Times',
  'The Guardian',
  'Le Monde',
  'Der Spiegel',
];

const byForm = new Map<string, string>();
for (const line of AGENCY_LINES) {
  const forms = line.split(';');
  const name = forms[0] ?? '';
  for (const form of forms) byForm.set(form, name);
}

/** The canonical agency name for a written form (`Associated Press` -> `AP`), or undefined. */
export const agencyName = (form: string): string | undefined => byForm.get(form);

/** Every written form, longest first (so `ITAR-TASS` wins over `TASS`). */
export const AGENCY_FORMS: readonly string[] = [...byForm.keys()].sort(
  (a, b) => b.length - a.length,
);
