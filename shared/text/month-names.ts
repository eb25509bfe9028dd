/**
 * Month names and their usual abbreviations in the languages of most news pages
 * (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
 * Swedish/Danish/Norwegian), lower-case, by month number.
 */
const NAMES: readonly string[] = [
  'january jan januar janvier enero ene gennaio gen janeiro januari januar jän jänner stycznia styczeń ocak',
  'february feb februar février fevrier févr fev febrero febbraio fevereiro februari lutego luty şubat subat',
  'march mar märz maerz mär mars marzo março marco maart marca marzec mart',
  'april apr avril avr abril aprile kwietnia kwiecień nisan',
  'may mai mayo maggio mag maio mei maja maj mayıs mayis',
  'june jun juni juin junio giugno giu junho czerwca czerwiec haziran',
  'july jul juli juillet juil julio luglio lug julho lipca lipiec temmuz',
  'august aug août aout agosto ago augustus sierpnia sierpień ağustos agustos',
  'september sep sept septembre septiembre set settembre setembro września wrzesień eylül eylul',
  'october oct okt oktober octobre octubre ottobre ott outubro out października październik ekim',
  'november nov novembre noviembre novembro listopada listopad kasım kasim',
  'december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień aralık aralik',
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

const MONTHS = new Map<string, number>(
  [NAMES, MORE_NAMES].flatMap((lines) =>
    lines.flatMap((line, index) => line.split(' ').map((name) => [name, index + 1] as const)),
  ),
);

/** The month number (1-12) a written name stands for, or 0 when it is no month. */
export const monthOf = (name: string | undefined): number =>
  name ? (MONTHS.get(name.toLowerCase()) ?? 0) : 0;
