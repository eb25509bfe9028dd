import { monthOf } from './month-names.ts';

/**
 * Where a byline stops naming people. Templates run the names straight into the date,
 * an update note or a relative time (`By Jane Doe March 5, 2025`, `Anna Schmidt vor 5
 * Stunden`), often with no separator, and sometimes with no space at all when the name
 * and the date sit in adjacent elements (`Jane DoeMarch 5, 2025`).
 */

/**
 * Where a byline stops naming people: a separator, a date, an `Updated`/`Published` note,
 * the `at` of a time (`Posted by Jane Doe at 10:30 AM`).
 * Word edges are Unicode-aware, so `Amélie` and `Inés` are not cut at `Am` and `In`.
 */
const BYLINE_END =
  /\s[|•·]\s|\s[-–—]\s|\d|(?<![\p{L}\d])(?:updated|published|posted|last|on|am|at|in|under|follow|(?:send\s+(?:an?\s+)?)?e-?mail)(?![\p{L}\d])|(?:^|\s)(?:publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?:\s|$)/iu;
/**
 * A relative time whose word comes before the number (`vor 5 Stunden`, `hace 2 horas`,
 * `il y a 3 heures`, `há 2 horas`): the number alone would leave the word on the name.
 */
const RELATIVE_TIME = /\s(?:vor|hace|il y a|há)\s+(?:\d|(?:einer?|einem|un|una|um|uma)\s)/i;

/** A month name is a date's when a day follows it: `March 5, 2025`, `Mar. 5`, `May 5 at`. */
const DAY_AFTER_MONTH = /^\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:$|[,.]|\s+(?:\d{4}|at\b|\d{1,2}:))/i;
/** The weekday a date may open with (`Wednesday, March 5`), only taken before its month. */
const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?$/i;
/** A capitalised word glued to the end of the one before it (`DoeMarch`, `DoeUpdated`). */
const GLUED_WORD = /(\p{Ll})(\p{Lu}\p{Ll}+)/gu;
/** Notes that open a byline's date, and follow buttons: glued to a name they end it too. */
const ENDING_WORD =
  /^(?:updated|published|posted|modified|aktualisiert|veröffentlicht|follow|folgen|suivre|seguir)$/i;

/** The byline's text up to where its names end (the date, a note, a separator). */
export const bylineNamesPart = (byline: string): string => {
  const text = ungluedDateWords(byline);
  const relative = text.search(RELATIVE_TIME);
  const end = text.search(BYLINE_END);
  const cut = [relative, end].filter((at) => at >= 0);
  if (cut.length === 0) return text;
  return withoutDateWords(text.slice(0, Math.min(...cut)), text.slice(Math.min(...cut)));
};

/** `Jane DoeMarch 5, 2025` -> `Jane Doe March 5, 2025` (`DoeFollow` too); `McDonald` stays whole. */
const ungluedDateWords = (text: string): string =>
  text.replace(GLUED_WORD, (glued, last: string, word: string, at: number) =>
    ENDING_WORD.test(word) || isDatesMonth(word, text.slice(at + glued.length))
      ? `${last} ${word}`
      : glued,
  );

const isDatesMonth = (word: string, after: string): boolean =>
  monthOf(word.replace(/\.$/, '')) > 0 && DAY_AFTER_MONTH.test(after);

/**
 * The names without the month (and weekday) of the date the cut fell in: `Jane Doe
 * March` before `5, 2025`. A month-like name (`Theresa May`) is kept unless a day follows.
 */
const withoutDateWords = (names: string, rest: string): string => {
  const words = names.trimEnd().split(' ');
  const last = words.at(-1) ?? '';
  if (!isDatesMonth(last.replace(/,$/, ''), ` ${rest}`)) return names;
  words.pop();
  if (WEEKDAY.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
};
