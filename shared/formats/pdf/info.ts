import type { DateCandidate, ParsedDocument } from '../document.ts';
import type { PdfFile } from './objects.ts';
import { dictOf, type PdfDict, PdfString } from './syntax.ts';

/**
 * Title, author and dates of the document Info dictionary, where the text gave none. The
 * dictionary is found through the trailer's (or the cross-reference stream's) /Info
 * reference, so it may sit in an object stream; strings are PDFDocEncoding or UTF-16BE.
 */
const INFO_REF = /\/Info\s+(\d+)\s+\d+\s+R/g;
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}'?\d{2}'?)?/;
const UTF16_BOM = '\u00fe\u00ff';
const APOSTROPHES = /'/g;

/**
 * Titles a tool writes rather than the author: a file name (`report.pdf`), a converter's
 * `Microsoft Word - notes.docx`, an editor's `Untitled` or `Document1`.
 */
const TOOL_TITLE =
  /^(?:microsoft\s+(?:word|powerpoint|excel)\s+-\s|untitled\b|(?:document|doc|presentation|slide)\s*\d*$)|\.(?:pdf|docx?|odt|rtf|txt|pptx?|xlsx?|html?|indd|tex|dvi|ps)$/i;

/**
 * `pageTitle` is the page's title block (title-block.ts), taken when the text gave no
 * headline and the Info Title is a tool's default rather than the author's.
 */
export const infoFields = (
  file: PdfFile,
  document: ParsedDocument,
  pageTitle: string | undefined,
): Partial<ParsedDocument> => {
  const info = findInfo(file);
  const infoTitle = infoString(info?.get('Title'));
  const title = infoTitle && !TOOL_TITLE.test(infoTitle) ? infoTitle : pageTitle;
  const author = infoString(info?.get('Author'));
  const dates: DateCandidate[] = [...document.dates];
  const created = pdfDate(infoString(info?.get('CreationDate')));
  const modified = pdfDate(infoString(info?.get('ModDate')));
  // The page's own dates (byline, `Date:` line) come first; these only when it has none.
  if (created) dates.push({ value: created, source: 'file-info', kind: 'published' });
  if (modified) dates.push({ value: modified, source: 'file-info', kind: 'modified' });
  return {
    title: document.title ?? title,
    authors: document.authors.length > 0 || !author ? document.authors : [author],
    dates,
  };
};

/** The last /Info reference in the file: an incremental update's trailer comes last. */
const findInfo = (file: PdfFile): PdfDict | undefined => {
  const num = [...file.raw.matchAll(INFO_REF)].at(-1)?.[1];
  return num === undefined ? undefined : dictOf(file.objects.get(Number(num))?.value);
};

const infoString = (value: unknown): string | undefined => {
  if (!(value instanceof PdfString)) return undefined;
  const text = value.bytes;
  if (!text.startsWith(UTF16_BOM)) return text.trim() || undefined;
  const bytes = Uint8Array.from(text.slice(2), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-16be').decode(bytes).trim() || undefined;
};

const pdfDate = (value: string | undefined): string | undefined => {
  const m = value?.match(PDF_DATE);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, zone] = m;
  if (hour === undefined) return `${year}-${month}-${day}`;
  const digits = zone?.replace(APOSTROPHES, '') ?? 'Z';
  const offset = digits === 'Z' ? 'Z' : `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}`;
};
