import { MAX_EXPANDED_BYTES, type Rejection, unzlibWithLimits } from './containers.ts';
import type { DateCandidate, ParsedDocument } from './document.ts';
import { type PdfLine, readContent } from './pdf-content.ts';
import { parseText } from './text.ts';

/**
 * A PDF's text layer, read synchronously by a compact reader: content streams (raw or
 * FlateDecode) in file order, their text operators decoded with the simple fonts'
 * WinAnsi encoding, lines grouped into paragraphs by vertical gaps, then read as plain
 * text (so headlines, bylines and datelines are found as in a text file). The Info
 * dictionary gives title, author and dates. Encrypted PDFs, PDFs without a text layer
 * (scans) and text in CID fonts (two-byte codes mapped by ToUnicode CMaps) are rejected
 * as unsupported, with the reason.
 */
export type PdfRead = { kind: 'document'; document: ParsedDocument } | Rejection;

/** Every byte as one char: the PDF syntax is ASCII, binary data stays byte-exact. */
const bytesAsChars = new TextDecoder('latin1');
/** WinAnsi for the bytes 0x80-0x9F (Latin-1 gives the rest), as one table lookup a byte. */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WIN_ANSI = Array.from({ length: 256 }, (_, code) =>
  code >= 0x80 && code <= 0x9f ? (WIN_ANSI_HIGH[code - 0x80] ?? '') : String.fromCharCode(code),
);
const decodeByte = (code: number): string => WIN_ANSI[code] ?? '';

const STREAM = /<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>|<[^<>]*>)*>>|<[^<>]*>)*)>>\s*stream\r?\n/g;
const SKIPPED_STREAM =
  /\/Subtype\s*\/Image|\/FontFile|\/Length1|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)/;
const FLATE = /\/Filter\s*(?:\[\s*)?\/FlateDecode\s*\]?/;
const OTHER_FILTER = /\/Filter/;
const DIRECT_LENGTH = /\/Length\s+(\d+)(?!\s+\d+\s+R)/;
const TEXT_OBJECT = /\bBT\b[\s\S]*?\bET\b/;
const ENCRYPTED = /\/Encrypt\s+(?:\d+\s+\d+\s+R|<<)/;

export const readPdf = (bytes: Uint8Array): PdfRead => {
  const raw = bytesAsChars.decode(bytes);
  if (ENCRYPTED.test(raw)) return unsupported('The PDF is encrypted, so its text cannot be read.');
  const lines: PdfLine[][] = [];
  let hexStrings = 0;
  let budget = MAX_EXPANDED_BYTES;
  for (const match of raw.matchAll(STREAM)) {
    const dict = match[1] ?? '';
    if (SKIPPED_STREAM.test(dict)) continue;
    const content = streamContent(bytes, raw, match.index + match[0].length, dict, budget);
    if (typeof content !== 'string') return content ?? unsupported('The PDF holds no text layer.');
    budget -= content.length;
    if (!TEXT_OBJECT.test(content)) continue;
    const text = readContent(content, decodeByte);
    hexStrings += text.hexStrings;
    lines.push(text.lines);
  }
  const text = paragraphsText(lines);
  if (text === '') return unsupported(noTextReason(hexStrings));
  const document = parseText(text);
  return {
    kind: 'document',
    document: { ...document, ...infoFields(raw, document), format: 'pdf' },
  };
};

/** A stream's data as chars; '' for a filter we do not decode; a rejection past the limits. */
const streamContent = (
  bytes: Uint8Array,
  raw: string,
  start: number,
  dict: string,
  budget: number,
): string | Rejection | undefined => {
  const length = Number(dict.match(DIRECT_LENGTH)?.[1] ?? Number.NaN);
  const end =
    Number.isFinite(length) && raw.startsWith('endstream', skipEol(raw, start + length))
      ? start + length
      : raw.indexOf('endstream', start);
  if (end < 0) return '';
  if (!FLATE.test(dict)) return OTHER_FILTER.test(dict) ? '' : raw.slice(start, end);
  const inflated = unzlibWithLimits(bytes.subarray(start, end), budget);
  if (inflated instanceof Uint8Array) return bytesAsChars.decode(inflated);
  return inflated.reason === 'too-large' ? inflated : '';
};

const skipEol = (raw: string, at: number): number => {
  let i = at;
  while (raw[i] === '\r' || raw[i] === '\n' || raw[i] === ' ') i++;
  return i;
};

/** A gap between baselines this many times the usual line gap starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.4;

/** Lines of each content stream, joined: paragraphs split where the gap grows or y jumps up. */
const paragraphsText = (streams: readonly PdfLine[][]): string => {
  const out: string[] = [];
  for (const lines of streams) {
    const gaps = lines
      .slice(1)
      .map((line, i) => (lines[i]?.y ?? 0) - line.y)
      .filter((gap) => gap > 0);
    const usual = lowerQuartile(gaps);
    lines.forEach((line, i) => {
      const gap = i === 0 ? Number.POSITIVE_INFINITY : (lines[i - 1]?.y ?? 0) - line.y;
      const breaks = i === 0 || gap <= 0 || (usual > 0 && gap > usual * PARAGRAPH_GAP_RATIO);
      const text = line.text.trim();
      if (breaks) out.push('', text);
      else out.push(text);
    });
  }
  return out.join('\n').trim();
};

/** The line gap inside paragraphs: the lower quartile, since paragraph gaps can be common. */
const lowerQuartile = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
};

const noTextReason = (hexStrings: number): string =>
  hexStrings > 0
    ? 'The PDF draws its text in CID fonts (two-byte codes), which are not read yet.'
    : 'The PDF has no text layer (a scan or images only); OCR is not done.';

const unsupported = (detail: string): PdfRead => ({
  kind: 'rejected',
  reason: 'unsupported-format',
  detail,
});

const INFO_STRING = (key: string): RegExp =>
  new RegExp(`/${key}\\s*\\(((?:\\\\[\\s\\S]|[^\\\\)])*)\\)`);
const INFO_TITLE = INFO_STRING('Title');
const INFO_AUTHOR = INFO_STRING('Author');
const INFO_CREATED = INFO_STRING('CreationDate');
const INFO_MODIFIED = INFO_STRING('ModDate');
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}'?\d{2}'?)?/;
const UTF16_BOM = '\u00fe\u00ff';
const APOSTROPHES = /'/g;
const LITERAL_ESCAPE = /\\([()\\])/g;

/** Title, author and dates of the Info dictionary, where the text gave none. */
const infoFields = (raw: string, document: ParsedDocument): Partial<ParsedDocument> => {
  const title = infoString(raw.match(INFO_TITLE)?.[1]);
  const author = infoString(raw.match(INFO_AUTHOR)?.[1]);
  const dates: DateCandidate[] = [...document.dates];
  const created = pdfDate(raw.match(INFO_CREATED)?.[1]);
  const modified = pdfDate(raw.match(INFO_MODIFIED)?.[1]);
  if (created) dates.push({ value: created, source: 'meta', kind: 'published' });
  if (modified) dates.push({ value: modified, source: 'meta', kind: 'modified' });
  return {
    title: document.title ?? title,
    authors: document.authors.length > 0 || !author ? document.authors : [author],
    dates,
  };
};

const infoString = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const text = value.replace(LITERAL_ESCAPE, '$1');
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
