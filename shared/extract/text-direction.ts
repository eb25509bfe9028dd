/**
 * The writing direction of an article: what the page states (`dir="rtl"`), else what its
 * language is written in, else what the script of its text says (the way Postlight reads
 * it from the text). Undefined only for a text without letters.
 */
export const textDirection = (
  stated: string | undefined,
  language: string | undefined,
  text: string,
): 'ltr' | 'rtl' | undefined => {
  const dir = stated?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (language !== undefined) return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  return scriptDirection(text.slice(0, SAMPLE_CHARS));
};

/**
 * Languages written right to left (ISO 639 codes, the old `iw`/`ji` included): Arabic,
 * Aramaic, Sorani, Dhivehi, Persian, Hebrew, Pashto, Sindhi, Syriac, Uyghur, Urdu, Yiddish.
 */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
  'ji',
]);

/** A few paragraphs settle the script. */
const SAMPLE_CHARS = 2000;
const LETTER = /\p{L}/gu;
/** Letters of the right-to-left scripts in Unicode's common use. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;

/** `rtl` when most letters are of a right-to-left script. */
const scriptDirection = (sample: string): 'ltr' | 'rtl' | undefined => {
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
};
