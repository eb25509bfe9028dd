/**
 * Lines that are page furniture by their wording alone, wherever the page put them:
 * ad labels, widget titles, comment counters, sign-up notices, bare timestamps and
 * video durations, bylines and photo credits. Only short lines are judged: longer text
 * that starts the same way is prose. Copyright lines stay: agencies end their copy with one.
 */

const LABEL =
  /^(?:advert(?:isement)?s?|sponsored(?: content)?|\d* ?comments?|like loading\W*|loading\W*|text size|you (?:may|might) also like\W*|don'?t miss\W*|read more\W*|related(?: (?:articles|stories|posts|content))?\W*|share(?: this(?: article| story| post)?)?\W*|more .{1,30} stories|advertisement - scroll to continue)$|^sign up (?:to|for) our newsletter/i;
/** Furniture labels are short. */
const MAX_LABEL_CHARS = 100;

/** A year and a clock time: `November 19, 2019, 9:02 AM`, `22/10/2010 às 20:13`. */
const YEAR = /\b(?:19|20)\d\d\b/;
const CLOCK = /\b\d{1,2}[:.h]\d\d\b/;
const PUBLISHED = /^(?:published|updated|posted|last updated)\b/i;
/** A timestamp line is a date and little else: a few words, not a sentence. */
const MAX_TIMESTAMP_CHARS = 60;
const MAX_TIMESTAMP_WORDS = 8;
const SENTENCE_END = /[.!?]$/;
const SPACES = /\s+/;

/** `By Ann Lee`, `By Ann Lee and Tom Roe`: a byline on its own line. */
const BYLINE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|und|et|y|e|en)\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*){0,7}$/u;
/** `Photo: ...`, `Фото: ...`, `(Image credit: ...)`. */
const CREDIT = /^\(?(?:photos?|foto|фото|image|picture|credit|illustration)(?: credit)?\s*[:：]/iu;
const MAX_CREDIT_CHARS = 80;

/** Calls to action that close a page: follow us, write to the author, subscribe. */
const CALL_TO_ACTION =
  /^(?:follow (?:us|the|him|her|@)|e-?mail \S[^.]{0,60} at \S+@|write to \S[^.]{0,60} at \S+@|join our|sign up|subscribe (?:to|now|today)|click here|get .{0,60} delivered|if you (?:enjoyed|liked) this)/i;
const MAX_CALL_CHARS = 200;
/** A line that is only a clock time or a media duration (`2:14`, `1:02:30`, `09.30`). */
const BARE_CLOCK = /^\(?\d{1,2}(?:[:.]\d\d){1,2}\)?$/;

export const isFurnitureLine = (text: string): boolean => {
  if (text.length <= MAX_CALL_CHARS && CALL_TO_ACTION.test(text)) return true;
  if (text.length > MAX_LABEL_CHARS) return false;
  if (LABEL.test(text) || BYLINE.test(text) || BARE_CLOCK.test(text)) return true;
  if (text.length <= MAX_CREDIT_CHARS && CREDIT.test(text)) return true;
  return (
    text.length <= MAX_TIMESTAMP_CHARS &&
    !SENTENCE_END.test(text) &&
    text.split(SPACES).length <= MAX_TIMESTAMP_WORDS &&
    YEAR.test(text) &&
    (CLOCK.test(text) || PUBLISHED.test(text))
  );
};
