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
export const isHeaderLine = (line: string): boolean => HEADER_LINE.test(line) || BY_LINE.test(line);

/** Records one header line into `doc`; returns false when the line is not a header. */
export const readHeaderLine = (line: string, doc: HeaderFields): boolean => {
  const byLine = line.match(BY_LINE);
  if (byLine?.[1]) {
    doc.authors.push(...splitNames(byLine[1]));
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
      doc.authors.push(...splitNames(value.replace(BY_PREFIX, '')));
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
