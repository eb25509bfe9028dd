/** The English month names, January first: the ones prose patterns spell out. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Their short forms as news writes them (`Sept.`); `May` has none. */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Month names and their usual abbreviations in the other languages of most news pages
 * (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
 * Swedish/Danish/Norwegian), lower-case, by month number.
 */
const NAMES: readonly string[] = [
  'januar janvier enero ene gennaio gen janeiro januari januar jän jänner stycznia styczeń ocak',
  'februar février fevrier févr fev febrero febbraio fevereiro februari lutego luty şubat subat',
  'märz maerz mär mars marzo março marco maart marca marzec mart',
  'avril avr abril aprile kwietnia kwiecień nisan',
  'mai mayo maggio mag maio mei maja maj mayıs mayis',
  'juni juin junio giugno giu junho czerwca czerwiec haziran',
  'juli juillet juil julio luglio lug julho lipca lipiec temmuz',
  'août aout agosto ago augustus sierpnia sierpień ağustos agustos',
  'septembre septiembre set settembre setembro września wrzesień eylül eylul',
  'okt oktober octobre octubre ottobre ott outubro out października październik ekim',
  'novembre noviembre novembro listopada listopad kasım kasim',
  'dez dezember décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień aralık aralik',
];

/**
 * More languages: Arabic (the Egyptian and the Levantine names, often written together:
 * `نيسان / أبريل`), Greek, Russian, Ukrainian and Czech (genitive, as dates write them).
 */
const MORE_NAMES: readonly string[] = [
  'يناير ιανουαρίου ιανουάριος января январь січня ledna leden',
  'فبراير شباط φεβρουαρίου φεβρουάριος февраля февраль лютого února únor',
  'مارس آذار μαρτίου μάρτιος марта март березня března březen',
  'أبريل ابريل إبريل نيسان απριλίου απρίλιος апреля апрель квітня dubna duben',
  'مايو أيار ايار μαΐου μάιος мая май травня května květen',
  'يونيو يونيه حزيران ιουνίου ιούνιος июня июнь червня června červen',
  'يوليو يوليه تموز ιουλίου ιούλιος июля июль липня července červenec',
  'أغسطس اغسطس αυγούστου αύγουστος августа август серпня srpna srpen',
  'سبتمبر أيلول ايلول σεπτεμβρίου σεπτέμβριος сентября сентябрь вересня září',
  'أكتوبر اكتوبر οκτωβρίου οκτώβριος октября октябрь жовтня října říjen',
  'نوفمبر νοεμβρίου νοέμβριος ноября ноябрь листопада listopadu',
  'ديسمبر δεκεμβρίου δεκέμβριος декабря декабрь грудня prosince prosinec',
];

/**
 * Hindi and Bengali, with the spellings pages mix (`सितंबर` / `सितम्बर`, a nukta or
 * none: `फ़रवरी` / `फरवरी`).
 */
const INDIC_NAMES: readonly string[] = [
  'जनवरी জানুয়ারি জানুয়ারী',
  'फ़रवरी फरवरी ফেব্রুয়ারি ফেব্রুয়ারী',
  'मार्च মার্চ',
  'अप्रैल এপ্রিল',
  'मई মে',
  'जून জুন',
  'जुलाई জুলাই',
  'अगस्त আগস্ট',
  'सितंबर सितम्बर সেপ্টেম্বর',
  'अक्टूबर अक्तूबर অক্টোবর',
  'नवंबर नवम्बर নভেম্বর',
  'दिसंबर दिसम्बर ডিসেম্বর',
];

/** English lines in the same shape: `september sep sept`. */
const ENGLISH = ENGLISH_MONTHS.map((name) =>
  [name, ...ENGLISH_MONTH_ABBREVIATIONS.filter((short) => name.startsWith(short))]
    .join(' ')
    .toLowerCase(),
);

const MONTHS = new Map<string, number>(
  [ENGLISH, NAMES, MORE_NAMES, INDIC_NAMES].flatMap((lines) =>
    lines.flatMap((line, index) => line.split(' ').map((name) => [name, index + 1] as const)),
  ),
);

/** The month number (1-12) a written name stands for, or 0 when it is no month. */
export const monthOf = (name: string | undefined): number =>
  name ? (MONTHS.get(name.toLowerCase()) ?? 0) : 0;

/**
 * The month whose English name starts with the word's first three letters (`Nov`,
 * `Sept.`, `DECEMBER`), or 0: how RFC 822 dates and wire datelines write months.
 */
export const englishMonthOfPrefix = (word: string): number =>
  ENGLISH_MONTHS.findIndex((name) => sameStart(name, word)) + 1;

const sameStart = (name: string, word: string): boolean =>
  name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase();
