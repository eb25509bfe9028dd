import { type BylineDate, splitBylineDate } from '../../text/byline.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import type { ParsedDocument } from '../document.ts';

/**
 * `Key: value` header lines at the top of a plain-text article (`Title:`, `By`, `Date:`,
 * `Source:` ...) and the seed's inline `date YYYY-MM-DD` header before the lede.
 */
const HEADER_LINE =
  /^(title|headline|subtitle|dek|standfirst|by|byline|authors?|writers?|date|published|posted|updated|modified|source|publisher|site|dateline|keywords|tags|language|lang|url|link|canonical)\s*:\s*(\S.*)$/i;
/** `By Jane Doe` without a colon: a capitalised name, short, with no sentence punctuation. */
const BY_LINE = /^by\s+(\p{Lu}[^.!?;:]{1,80})$/iu;
/**
 * `Jane Doe, March 5, 2025` without a `By`: capitalised name words (joined by spaces,
 * commas, `and`, `&`) then a date. Print layouts set the byline this way under the
 * headline; the names alone must fill the part before the date, so prose never matches.
 */
const NAMES_ONLY =
  /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*){1,11}$/u;
const MAX_BYLINE_CHARS = 120;
const INLINE_DATE = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const BY_PREFIX = /^by\s+/i;
const NAME_SEPARATOR = /\s*(?:,|&|\band\b)\s*/;
const LIST_SEPARATOR = /\s*[,;]\s*/;

type HeaderFields = Pick<
  ParsedDocument,
  | 'title'
  | 'subtitle'
  | 'authors'
  | 'publisher'
  | 'dateline'
  | 'dates'
  | 'keywords'
  | 'languageHint'
  | 'canonicalUrl'
>;

/** Whether a line is a header line this module understands. */
export const isHeaderLine = (line: string): boolean =>
  HEADER_LINE.test(line) || bylineOf(line) !== null;

/**
 * A byline line, its date split off first (so `By Jane Doe, Mar. 5, 2025` reads): `By`
 * and a name, or names alone followed by a date. Null when the line is no byline.
 */
const bylineOf = (line: string): BylineDate | null => {
  if (line.length > MAX_BYLINE_CHARS) return null;
  const parts = splitBylineDate(line);
  const labelled = parts.names.match(BY_LINE)?.[1];
  if (labelled) return { ...parts, names: labelled };
  return parts.date !== undefined && NAMES_ONLY.test(parts.names) ? parts : null;
};

/** Records one header line into `doc`; returns false when the line is not a header. */
export const readHeaderLine = (line: string, doc: HeaderFields): boolean => {
  const byline = bylineOf(line);
  if (byline) {
    recordByline(byline, doc);
    return true;
  }
  const header = line.match(HEADER_LINE);
  if (!header?.[1] || !header[2]) return false;
  applyHeader(header[1].toLowerCase(), collapseSpaces(header[2]), doc);
  return true;
};

const applyHeader = (name: string, value: string, doc: HeaderFields): void => {
  switch (name) {
    case 'title':
    case 'headline':
      doc.title = value;
      return;
    case 'subtitle':
    case 'dek':
    case 'standfirst':
      doc.subtitle = value;
      return;
    case 'by':
    case 'byline':
    case 'author':
    case 'authors':
    case 'writer':
    case 'writers':
      recordByline(splitBylineDate(value.replace(BY_PREFIX, '')), doc);
      return;
    case 'date':
    case 'published':
    case 'posted':
      doc.dates.push({ value, source: 'header', kind: 'published' });
      return;
    case 'updated':
    case 'modified':
      doc.dates.push({ value, source: 'header', kind: 'modified' });
      return;
    case 'source':
    case 'publisher':
    case 'site':
      doc.publisher = value;
      return;
    case 'dateline':
      doc.dateline = value;
      return;
    case 'keywords':
    case 'tags':
      doc.keywords.push(...value.split(LIST_SEPARATOR).filter(Boolean));
      return;
    case 'language':
    case 'lang':
      doc.languageHint = value;
      return;
    default:
      doc.canonicalUrl = value;
  }
};

/** A byline's names, and the date written after them as the header's date. */
const recordByline = ({ names, date, updated }: BylineDate, doc: HeaderFields): void => {
  doc.authors.push(...splitNames(names));
  if (date)
    doc.dates.push({ value: date, source: 'header', kind: updated ? 'modified' : 'published' });
};

const splitNames = (names: string): string[] =>
  names
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * The seed's inline header: `date 2025-11-05 The lede...` on the first line. Returns the
 * line without the header (maybe empty) and records the date, or null when absent.
 */
export const readInlineDate = (line: string, doc: HeaderFields): string | null => {
  const match = line.match(INLINE_DATE);
  if (!match?.[1]) return null;
  doc.dates.push({ value: match[1], source: 'header', kind: 'published' });
  return line.slice(match[0].length);
};
