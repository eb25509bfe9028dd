import { bylineNamesPart } from './byline-end.ts';
import { BY_PREFIX, LABEL_PREFIX, STRICT_LABEL } from './byline-labels.ts';
import { withoutOwnHandle, withoutRunOnTitle, withoutTrailingOutlet } from './byline-run-ons.ts';
import { findDateInText } from './date-text.ts';
import { parseDateValue } from './date-value.ts';
import { monthOf } from './month-names.ts';

/**
 * A byline as written (`By Jane Doe and John Roe | Updated 5 May 2020`, `Von Anna
 * Schmidt, Reuters`) -> the names in it, in order: without the `By`, the date, roles
 * (`Staff Writer`) and social handles.
 */
/**
 * E-mail addresses, plain or written `name[at]host` against spam bots. The host has a dot,
 * so a handle glued to a name (`Jane Doe@janedoe`) is left to `HANDLE`, not taken with it.
 */
const EMAIL = /\S+(?:@|\[at\]|\(at\))[\p{L}\d-]+(?:\.|\[dot\]|\(dot\))\S+/giu;
/** Arrows, bullets, dashes and colons around a name (`Jane Doe →`, `» Jane Doe`). */
const EDGE_SYMBOLS = /^[\s→»›>•·|｜／:–—-]+|[\s→»›>•·|｜／:–—-]+$/g;
/** `Photo: Getty Images`: a picture credit, not the story's author. */
const CREDIT_LABEL = /^\s*(?:photos?|fotos?|bild|image|credit|снимка|фото)\s*:/i;
/** A copyright sign before a credit: `© Jane Doe`. */
const COPYRIGHT = /^(?:©|\(c\))\s*/i;
const HANDLE = /@\w+/g;
/**
 * `Jane Doe (Brussels bureau)`, `Ann Lee (with inputs from agencies)`, `Bo Chan（bchan）`:
 * a note in brackets after a name (a posting, a source, a handle), often glued to it by
 * adjacent markup. It qualifies the writer and names nobody, so it is cut, commas and all.
 */
const PARENTHETICAL = /\s*[(（][^()（）]{0,80}[)）]/gu;
/**
 * Commas and conjunctions between names. `And`/`AND` and `Und`/`UND` also: headline-cased
 * and all-capitals bylines (`By Ann Lee And Bo Chan`); the one-letter ones stay lower
 * case only, since a capital `Y`, `E` or `I` is a middle initial.
 */
const NAME_SEPARATOR = /\s*[,;&/]\s*|\s+(?:and|And|AND|und|Und|UND|et|y|e|og|en|i|och)\s+/;
/** A part ending in a job title (`Staff Writer`, `Farming Correspondent`) is a role. */
const ROLE =
  /(?:^|\s)(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|redakteur(?:in)?|staff|photographer)s?(?:-at-large|-in-chief)?$/i;
/** `Jane Doe Redakteurin für Wirtschaft`: a role and its beat after the name. */
const ROLE_FOR =
  /\s(?:editor|reporter|correspondent|redakteur(?:in)?|journalist(?:in)?)\s(?:for|für|of)\s.*$/i;
/** A byline's names, label and date fit in this many characters (several authors, roles). */
const MAX_BYLINE_CHARS = 400;
/** A name runs to a few words; longer parts are sentences caught by a loose byline. */
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;

/**
 * `ByJane Doe`, `VonAnna Schmidt`: a label glued to the name when the markup put them in
 * adjacent elements without a space. Only a capital followed by a lower-case letter
 * counts as a glued name, so `Byron` and `Vonda` stay whole.
 */
const GLUED_LABEL = /^(?:By|BY|Von|Par|Por|Door)(?=\p{Lu}\p{Ll})/u;

export const splitByline = (byline: string): string[] => {
  if (CREDIT_LABEL.test(byline)) return [];
  // Names come first: the rest of an over-long text (a hostile link text) is never read.
  let text = byline
    .slice(0, MAX_BYLINE_CHARS)
    .replace(EMAIL, ' ')
    .replace(HANDLE, ' ')
    .replace(PARENTHETICAL, ' ')
    .trim()
    .replace(COPYRIGHT, '');
  text = text.replace(GLUED_LABEL, '');
  text = text.replace(BY_PREFIX, '').replace(LABEL_PREFIX, '').replace(INTERFACE_LEAD, '');
  const names = bylineNamesPart(text);
  if (SURNAME_FIRST.test(names.trim())) return [names.trim()];
  return (
    names
      .split(NAME_SEPARATOR)
      .map((part) => part.replace(BY_PREFIX, '').replace(ROLE_FOR, '').replace(EDGE_SYMBOLS, ''))
      .map(withoutInterfaceText)
      // After a comma a title stands alone (`Tom Krisher, AP Auto Writer`): a role, no name.
      .map((part, at) => (at === 0 ? withoutRunOnTitle(part) : part))
      .map(withoutOwnHandle)
      .map(withoutTrailingOutlet)
      .filter(isName)
  );
};

/**
 * `Doe, Jane`, `García, Ana M.`: one name written surname first, as library catalogues,
 * journals and some CMSs print it. Split on its comma it would be two lone words, no
 * name at all, so a byline of exactly that shape is kept whole.
 */
const SURNAME_FIRST = /^\p{Lu}\p{Ll}[\p{L}'’-]*,\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?$/u;

/**
 * Link and button texts around a name in one line: `Follow Jane Doe`, `More stories by
 * Jane Doe`, `Jane Doe View profile`, `Jane Doe Twitter`. What precedes a trailing one
 * is kept when it is a full name (two words or more); otherwise the part is no name.
 */
const withoutInterfaceText = (part: string): string => {
  const text = part.replace(INTERFACE_LEAD, '');
  const at = text.search(INTERFACE_WORD);
  if (at <= 0) return text;
  const name = text.slice(0, at).replace(INTERFACE_TAIL, '').trim();
  return name.split(' ').length >= 2 && ENDS_CAPITALISED.test(name) ? name : text;
};

/**
 * Share and follow buttons in more languages (`Tweet This`, `Print`, Turkish `TAKİP ET`,
 * `Paylaş`, Portuguese `Siga`, Polish `Obserwuj`, Swedish `Följ`), written with the
 * dotted and dotless `i` spelled out, since case-insensitive matching does not fold the
 * Turkish capitals `İ` and `I` onto `i` and `ı`.
 */
const MORE_INTERFACE_WORDS =
  'tweet|print|whatsapp|tak[iİı]p(?:\\s+et)?|payla[sş]|siga|obserwuj|udostępnij|följ';

/**
 * The link and button words of `NOT_NAME_WORD` (not `Team` or `Staff`, which name a
 * newsroom: `Smart Shopping Team` is no `Smart Shopping`).
 */
const INTERFACE_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:about(?:\s+the)?\s+author|view|more|see|bio|rss|feed|archive|profile|follow|following|followers|email|twitter|facebook|linkedin|instagram|share|subscribe|contact|articles|posts|comments?|reply|read|newsletters?|login|weitere?|mehr|beiträge|artikel|folgen|abonnieren|teilen|suivre|partager|seguir|compartir|segui|condividi|volgen|delen|${MORE_INTERFACE_WORDS})(?![\p{L}])`,
  'iu',
);
/** A name's last word is capitalised (or of a caseless script): `Edit with` is no name. */
const ENDS_CAPITALISED = /(?:^|\s)[^\s\p{Ll}][^\s]*$/u;

/** `Follow`, `More stories by`, `View profile of`... before a name, as a person's links word them. */
const INTERFACE_LEAD =
  /^(?:follow|folgen|suivre|seguir|(?:read\s+)?more\s+(?:stories|articles|posts)\s+(?:by|from)|read\s+more\s+(?:by|from)|view\s+(?:the\s+)?profile\s+(?:of|for)|(?:see|view)\s+all\s+(?:stories|articles|posts)\s+(?:by|from))\s*:?\s+/iu;
/** Words left between the name and a trailing link text: `Jane Doe About the author`. */
const INTERFACE_TAIL = /(?:\s+(?:about|see|view|read|send|more|the|an?|on))+\s*$/i;

/**
 * Link and button texts that sit in bylines beside the names (interface text, in the
 * languages the byline labels cover): `View profile`, `Follow`, `Filed under`, `Folgen`,
 * `Suivre`, `Seguir`, `Read more`, `Comments`.
 */
const NOT_NAME_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:view|all|more|stories|see|full|bio|get|rss|feed|watch|live|archive|profile|follow|following|followers|email|twitter|facebook|share|subscribe|contact|articles?|posts?|our|teams?|authors?|staff|unknown|anonymous|theme|powered|designed|licen[cs]e|required|sponsored|copyright|filed|tagged|categor(?:y|ies)|menu|search|comments?|reply|read|newsletters?|login|alle|weitere?|mehr|beiträge|artikel|gesponserte?|folgen|abonnieren|teilen|suivre|partager|seguir|compartir|segui|condividi|volgen|delen|${MORE_INTERFACE_WORDS})(?![\p{L}])`,
  'iu',
);

/** The text without a leading `By`, `Von`, `Written by`... label (glued or not). */
export const withoutBylinePrefix = (text: string): string =>
  text.trim().replace(GLUED_LABEL, '').replace(BY_PREFIX, '').replace(LABEL_PREFIX, '');

const STARTS_UPPER = /^[\p{Lu}\p{Lo}]/u;

/** Whether a line opens with a byline label before a capitalised (or caseless) name. */
export const opensWithBylineLabel = (line: string): boolean => {
  const text = line.trim();
  if (GLUED_LABEL.test(text)) return true;
  const label = text.match(STRICT_LABEL) ?? text.match(LABEL_PREFIX);
  return label !== null && STARTS_UPPER.test(text.slice(label[0].length));
};

/**
 * `Published on 03.02.2022 by Jane Doe`, `Publish Date: 28 Nov 2020 (IST)Author: Jane
 * Doe`: a header line that gives the date first and the byline after it, the label in
 * mid-line. The byline from its label on, or '' when the line is not of that shape: a
 * short opening that holds a full date, then a label before a capitalised name.
 */
export const bylineAfterDate = (line: string): string => {
  const label = MID_LINE_LABEL.exec(line.slice(0, MAX_DATE_OPENING_CHARS + MAX_LABEL_CHARS));
  if (!label || label.index > MAX_DATE_OPENING_CHARS) return '';
  if (!findDateInText(line.slice(0, label.index), { dayFirst: true })) return '';
  // The match opens with the one space or bracket before the label.
  return line.slice(label.index + 1);
};

/** A date and its note (`Veröffentlicht am Mittwoch, 03.02.2022, 10:30 Uhr`). */
const MAX_DATE_OPENING_CHARS = 60;
const MAX_LABEL_CHARS = 12;
/**
 * A label after a space or a closing bracket, before a capital: written in both cases
 * rather than case-insensitively, since `\p{Lu}` would then match any letter.
 */
const MID_LINE_LABEL =
  /[\s)\]](?:(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor)\s+|(?:[Aa]uthor|AUTHOR|[Aa]utor(?:in)?|[Aa]uteur|[Ww]riter|[Pp]enulis)\s*:\s*)(?=[\p{Lu}\p{Lo}])/u;

/**
 * A social handle rather than a name: `@jdoe`, or one token of lower-case letters with
 * digits, `_` or `.` (`jdoe_77`, `steven.smith`), or a single all-lower-case word of a
 * cased script (`jdoe`). People write their names capitalised and with spaces; caseless
 * scripts (Chinese, Japanese) are never taken for handles.
 */
export const looksLikeHandle = (name: string): boolean => {
  const text = name.trim();
  if (text.startsWith('@')) return true;
  return !text.includes(' ') && LOWER_TOKEN.test(text) && HAS_CASED_LETTER.test(text);
};

/**
 * Symbols no name carries: a form's required-field star (`Name *`) and template braces
 * (`{{author}}`). Such text is a form label or an unfilled template, not a byline.
 * (Markup inside a name is stripped later, so `<` and `=` are not judged here.)
 */
export const hasNonNameSymbol = (name: string): boolean => NON_NAME_SYMBOL.test(name);

const NON_NAME_SYMBOL = /[*{}]/u;

const LOWER_TOKEN = /^[\p{Ll}\p{N}_.-]+$/u;
const HAS_CASED_LETTER = /\p{Ll}/u;

/** Whether a name is a job title (`Staff Writer`, `CNN Editor-at-large`). */
export const isRole = (name: string): boolean => ROLE.test(name);

/** Whether the text is only a `By` label, with the names left to other elements. */
export const isBylinePrefix = (text: string): boolean => BY_ONLY.test(text);

const BY_ONLY = /^\s*(?:by|von|par|por|di|door|av|af|от)\s*:?\s*$/iu;

/**
 * Names from free text (not from an author link) need two words, unless written in a
 * script without spaces: a lone capitalised word there is a section or a label.
 */
export const isFullName = (name: string): boolean =>
  name.includes(' ') || !LATIN_LETTERS.test(name);

const LATIN_LETTERS = /^[\p{Script=Latin}\s.'’-]+$/u;

const isName = (part: string): boolean =>
  part.length > 1 &&
  !looksLikeHandle(part) &&
  !hasNonNameSymbol(part) &&
  !NOT_NAME_WORD.test(part) &&
  !part.split(' ').every((word) => monthOf(word) > 0) &&
  part.length <= MAX_NAME_CHARS &&
  part.split(' ').length <= MAX_NAME_WORDS &&
  !ROLE.test(part);

/**
 * A byline's names and the date written after them: `Jane Doe | 5 March 2025`, `Jane
 * Doe, March 5, 2025`, `Jane Doe — Updated 6 May 2020`. Print layouts (PDF, Word, plain
 * text) put the date on the byline's line; the date is split off at the first separator
 * after which the rest of the line reads as a date, so it never becomes a name.
 */
export interface BylineDate {
  names: string;
  /** The date as written, when the line carries one. */
  date?: string;
  /** Whether the date is marked as an update (`Updated ...`) rather than the publication. */
  updated?: boolean;
}

/** Between names and date: a bar, a bullet, a spaced dash or a comma. */
const DATE_SEPARATOR = /\s*(?:[|•·｜]|\s[-–—]|,)\s*/g;
/** A written date runs to about 35 characters (`Wednesday, 5 March 2025, 10:30 GMT`). */
const MAX_DATE_CHARS = 48;
/** Room for the separator and the spaces around it before the date. */
const SEPARATOR_CHARS = 8;
const HAS_DIGIT = /\d/;
/**
 * How a written date opens: a digit, a weekday, a month, or a `Published`/`Updated`/`on`
 * note. A name after the separator (`Jane Doe, John Roe, 5 May`) is the next author.
 */
const DATE_OPENING =
  /^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[\s,]|(?:last\s+)?(?:updated|modified|published|posted|on)\s)/i;
const FIRST_WORD = /^[\p{L}]+/u;
const opensLikeDate = (date: string): boolean => {
  if (DATE_OPENING.test(date)) return true;
  return monthOf(date.match(FIRST_WORD)?.[0]) > 0;
};
const UPDATE_NOTE = /^(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado)\b/i;

export const splitBylineDate = (byline: string): BylineDate => {
  // Only the line's tail can hold the date: a long line costs no more than a short one.
  const from = Math.max(0, byline.length - MAX_DATE_CHARS - SEPARATOR_CHARS);
  for (const separator of byline.slice(from).matchAll(DATE_SEPARATOR)) {
    const at = from + separator.index;
    const date = byline.slice(at + separator[0].length).trim();
    if (date.length > MAX_DATE_CHARS || !HAS_DIGIT.test(date) || !opensLikeDate(date)) continue;
    if (!parseDateValue(date)) continue;
    const names = byline.slice(0, at).trim();
    return UPDATE_NOTE.test(date) ? { names, date, updated: true } : { names, date };
  }
  return { names: byline };
};
