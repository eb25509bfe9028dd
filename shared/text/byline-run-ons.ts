/**
 * What a byline runs on after a writer's name with no comma when the markup sets them
 * in adjacent elements: a job title, the writer's own handle, the outlet filed for. Each
 * cleaner takes one part of a split byline and returns the name alone, or the part as
 * it was when what follows the name is not of that shape.
 */

/**
 * `Jane Doe Senior Reporter`: a job title run on after the name, with no comma, when
 * the name and the title sit in adjacent inline elements of an author box. The title is
 * cut when what precedes it is a short name (two words, or three with a middle initial),
 * so an unknown beat before the title (`Jane Doe Congressional Reporter`) leaves the part
 * a role, not a three-word name.
 */
export const withoutRunOnTitle = (part: string): string => {
  const name = part.replace(RUN_ON_TITLE, '').trim();
  return name !== part.trim() && isShortName(name) ? name : part;
};

const RUN_ON_TITLE =
  /\s+(?:(?:senior|staff|contributing|chief|managing|executive|deputy|associate|assistant|special|freelance|lead|political|business|sports?|science|health|features)\s+)*(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|photographer)s?$/iu;

const isShortName = (name: string): boolean => {
  const words = name.split(/\s+/);
  if (!words.every((word) => STARTS_UPPER.test(word))) return false;
  return words.length === 2 || (words.length === 3 && MIDDLE_INITIAL.test(words[1] ?? ''));
};

const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * `Jane Doe janedoe`, `Jane Doe jane_doe`: the writer's handle run on after the name
 * without its `@` (a profile line set in adjacent elements). A last word in lower case
 * that holds the name's surname is the person's own handle, cut so the name is kept
 * rather than read as a name glued to interface text.
 */
export const withoutOwnHandle = (part: string): string => {
  const words = part.trim().split(/\s+/);
  const handle = words.at(-1) ?? '';
  if (words.length < 3 || !HANDLE_TOKEN.test(handle)) return part;
  const surname = (words.at(-2) ?? '').toLowerCase();
  return surname.length >= MIN_SURNAME_CHARS && handle.includes(surname)
    ? words.slice(0, -1).join(' ')
    : part;
};

const HANDLE_TOKEN = /^[\p{Ll}\d_.]+$/u;
/** Shorter surnames (`Li`, `Ng`) occur inside unrelated words. */
const MIN_SURNAME_CHARS = 3;

/**
 * `Bo Chan The Associated Press`, `Bo Chan AFP`: the outlet the last writer filed for,
 * run on after the name with no comma (`By Ann Lee and Bo Chan The Post`, `... Bo Chan
 * For The Post`). Outlets open
 * with `The` or are initials; a person's name has neither after two words (roman
 * numerals, `John Doe III`, are no outlet).
 */
export const withoutTrailingOutlet = (part: string): string => {
  const words = part.trim().split(/\s+/);
  if (words.length < 3) return part;
  const outletAt = words.findIndex((word, at) => at >= 2 && word === 'The');
  if (outletAt >= 2 && words.slice(outletAt + 1).every((word) => STARTS_UPPER.test(word))) {
    return words.slice(0, outletAt).join(' ').replace(FOR_WORD, '');
  }
  // Initials stand out only beside a name in mixed case: `THE NEW YORK TIMES` is all capitals.
  const last = words.at(-1) ?? '';
  const name = words.slice(0, -1).join(' ');
  return AGENCY_INITIALS.test(last) && !ROMAN_NUMERAL.test(last) && HAS_LOWER.test(name)
    ? name
    : part;
};

/**
 * `Bo Chan For The Mail On Sunday`: the word that joins a writer to the outlet they wrote
 * for, title-cased with the outlet's name in a link text; a name never ends with it.
 */
const FOR_WORD = /\s+(?:for|für|pour|para|per)$/iu;
const AGENCY_INITIALS = /^\p{Lu}{2,5}$/u;
const ROMAN_NUMERAL = /^[IVX]+$/;
const HAS_LOWER = /\p{Ll}/u;

const STARTS_UPPER = /^[\p{Lu}\p{Lo}]/u;
