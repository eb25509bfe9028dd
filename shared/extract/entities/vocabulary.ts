import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS } from '../../text/month-names.ts';

/**
 * Word lists that cue entity kinds. Data, not rules: each list is what a reader uses to
 * tell a person from a place or an organisation when the name alone does not say.
 */
const words = (list: string) => new Set(list.split(' '));

/** Capitalised words that make up a title before a name (`Deputy Foreign Minister`). */
export const TITLE_WORDS = words(
  'President Vice Prime Minister Deputy Foreign Secretary General Chancellor Premier Governor Mayor Senator Congressman Congresswoman Representative Ambassador Envoy Spokesperson Spokesman Spokeswoman Director Chairman Chairwoman Chair Chief Executive Officer CEO CFO COO Founder Commander Colonel Captain Lieutenant Sergeant Major Admiral Marshal Judge Justice Attorney Prosecutor King Queen Prince Princess Emperor Pope Cardinal Bishop Archbishop Rabbi Imam Sheikh Emir Sultan Crown Defence Defense Interior Finance Treasury Health Economy Economic Trade Energy Education Justice State Home National Security Adviser Advisor Special Senior Acting Interim Former Head Leader Speaker Secretary-General Director-General Attorney-General Coach Manager Professor Inspector Superintendent Commissioner Councillor Councilor Lord Baron Duke President-elect Opposition',
);

/** Honorifics: precede a person's name, are not a role. */
export const HONORIFICS = words('Mr Mrs Ms Miss Dr Prof Sir Dame Madam Mx');

/** Lowercase nouns that name a person's role (`his Venezuelan counterpart X`). */
export const ROLE_NOUNS = words(
  'president minister spokesperson spokesman spokeswoman counterpart official leader envoy ambassador chief head director secretary adviser advisor analyst professor lawyer chairman chairwoman chair ceo founder commander general governor mayor senator lawmaker premier colleague coach captain executive economist researcher scientist correspondent editor diplomat negotiator prosecutor judge attorney candidate rival opponent ally activist manager player striker actor singer writer author chancellor king queen prince representative legislator deputy ' +
    // Occupations ordinary news names its speakers by (`drainage engineer X`, `X, a local shopkeeper`).
    'officer engineer librarian shopkeeper organiser organizer headteacher headmaster headmistress teacher principal nurse doctor surgeon physician paramedic firefighter farmer fisherman baker chef butcher greengrocer trader owner landlord landlady proprietor worker volunteer campaigner pastor vicar priest councillor councilman councilwoman mp mep lead consultant inspector detective constable pilot planner architect curator historian technician pharmacist journalist reporter photographer presenter broadcaster producer musician artist entrepreneur investor banker accountant administrator coordinator supervisor treasurer trustee governor spokesperson',
);

/** Lowercase words a role may carry before its noun (`former foreign minister`). */
export const ROLE_MODIFIERS = words(
  'former acting deputy vice interim outgoing incoming foreign defence defense interior finance chief senior top state national security military prime general executive economy trade health',
);

/** Role nouns general enough to refer back to any person of that country (`the Russian official`). */
export const GENERIC_ROLE_NOUNS = words(
  'official officials diplomat leader minister president envoy spokesperson spokesman spokeswoman',
);

/** Heads of organisation names (`Foreign Ministry`, `Bank of England`, `Acme Inc`). */
export const ORG_HEADS = words(
  'Ministry Ministries Department Agency Council Commission Committee Authority Office Bureau Service Services Inc Inc. Ltd Ltd. LLC PLC plc Corp Corp. Corporation Company Co Group Holdings Bank Fund Foundation Institute Institution University College School Academy Association Union Federation League Party Parliament Congress Senate Assembly Duma Court Tribunal Army Navy Corps Force Forces Police Guard Organisation Organization Society Alliance Coalition Movement Front Club Church Museum Hospital Airlines Airways Motors Technologies Systems Laboratories Labs Network Broadcasting Times Post Journal Herald Tribune Gazette News Press Kremlin Pentagon Cabinet Government Administration Secretariat Centre Center Board Reserve Exchange Trust Partners Capital Industries Energy Petroleum Oil',
);

/** Lowercase words allowed inside an organisation name (`Ministry of Foreign Affairs`). */
export const NAME_CONNECTORS = words('of for de del della da di du von van der al bin and');

/** Plural nouns that speak at a sentence start (`Officials said`) but name no body. */
export const GENERIC_SPEAKERS = words(
  'Officials Authorities Police Residents Neighbours Neighbors Commuters Passengers Travellers Travelers Shoppers Voters Drivers Visitors Tenants Patients Families Villagers Witnesses Analysts Experts Critics Researchers Scientists Investigators Prosecutors Doctors Lawmakers Economists Sources Observers Supporters Opponents Activists Protesters Locals Fans Users Customers Parents Teachers Students Workers Employees Executives Leaders Diplomats Officers Soldiers Troops Organisers Organizers Others Many Some',
);

/** Verbs that mark the subject as a speaker (`X said`, `said X`). */
export const SAYING_VERBS = words(
  'said says stated states told tells added adds warned warns noted notes explained explains announced announces argued argues insisted insists claimed claims declared declares wrote writes asked asks replied replies urged urges stressed stresses emphasised emphasized pointed confirmed confirms denied denies called calls condemned condemns acknowledged admitted tweeted posted commented continued concluded suggested reported considered believes believed thinks thought accused accuses criticised criticized described describes',
);

/** Capitalised words never entities: months, weekdays and their abbreviations. */
export const CALENDAR_WORDS = words(
  [
    ...ENGLISH_MONTHS,
    ...ENGLISH_MONTH_ABBREVIATIONS,
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun',
  ].join(' '),
);

/** Function words that start sentences and capitalised runs but name nothing. */
export const FUNCTION_WORDS = words(
  'the a an he she it they we i you his her its their our my your this that these those there here however but and or so yet in on at by for from with without after before during while when where why how what who whom which as if although though since because meanwhile moreover furthermore also still then now today yesterday tomorrow last next earlier later some many most all both each every no not one two three several other another such according under over about among between despite following amid to of is was were are be been has have had do does did will would could should may might must can shall more much even only just instead indeed thus therefore nevertheless nonetheless overall first second finally initially recently currently me us them him whether once until unless upon within across against toward towards into through throughout let please yes mid',
);

/** Prepositions that put a following name in a place (`in Kharkiv`). */
export const PLACE_PREPOSITIONS = words('in near outside across around towards toward');

/** Single words that are organisations on their own (most heads need a name). */
export const STANDALONE_ORGS = words(
  'Kremlin Pentagon Congress Parliament Senate Duma Knesset Bundestag Vatican',
);

/** Acronyms that name international bodies; other acronyms need a verb of saying (`EV` is a car). */
export const KNOWN_BODIES = words(
  'NATO UN EU WHO IMF OPEC FBI CIA NSA NASA WTO IAEA ASEAN OSCE UNESCO UNICEF UNHCR ICC ECB FIFA UEFA IOC OECD BRICS ECOWAS',
);

/** Short all-capital words that are not organisations. */
export const NOT_ACRONYMS = words('I A OK TV AM PM GMT UTC CEO CFO COO GDP ID PR');

/** Last words of names of things that are neither people nor bodies (`National Survey`). */
export const THING_HEADS = words(
  'Survey Study Report Act Bill Law Program Programme Plan Project Initiative Strategy Index Award Awards Prize Cup Championship Championships Games Olympics Festival Summit Conference Treaty Agreement Accord Day Week War Series Finals Tour Show Prix',
);

/**
 * Words that open a sentence before a name without being part of it: adverbs,
 * interjections, imperatives and heading labels (`Maybe Instagram likes it`,
 * `Make Trump go away`, `Summary: ...`). Capitalised only because they come first.
 */
export const SENTENCE_OPENERS = words(
  'Maybe Perhaps Probably Possibly Surely Sure Certainly Obviously Hopefully Unfortunately Fortunately Luckily Sadly Clearly Honestly Really Actually Basically Essentially Apparently Again Already Almost Anyway Besides Otherwise Oh Ah Hey Hi Hello Wow Yeah Yes Well Okay Alas Thanks Thank Sorry Welcome Congratulations Make Let Meet Ask Tell Watch Read See Look Listen Imagine Consider Remember Forget Keep Take Give Get Put Call Try Stop Say Go Come Help Join Follow Check Click Buy Vote Summary Update Updated Note Related Advertisement Photo Photos Video Source Credit Caption Editor Correction Disclaimer',
);
