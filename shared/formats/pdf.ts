import { MAX_EXPANDED_BYTES, type Rejection } from './containers.ts';
import type { ParsedDocument } from './document.ts';
import { infoFields } from './pdf-info.ts';
import type { PdfLine } from './pdf-layout.ts';
import { PdfFile, PdfLimitError } from './pdf-objects.ts';
import { type PageText, readPages } from './pdf-pages.ts';
import { parseText } from './text.ts';

/**
 * A PDF's text layer, read synchronously by a compact reader: the objects (object streams
 * included), the page tree, each page's content streams (raw or FlateDecode) with its
 * fonts (simple fonts through their encoding and /Differences, CID fonts through their
 * /ToUnicode CMaps), word gaps and lines from where the text is drawn, paragraphs from
 * vertical gaps and size changes, then read as plain text (so headlines, bylines and
 * datelines are found as in a text file). The Info dictionary gives title, author and
 * dates. Encrypted PDFs, PDFs without a text layer (scans) and text in CID fonts with no
 * ToUnicode map are rejected as unsupported, with the reason.
 */
export type PdfRead = { kind: 'document'; document: ParsedDocument } | Rejection;

/** Every byte as one char: the PDF syntax is ASCII, binary data stays byte-exact. */
const bytesAsChars = new TextDecoder('latin1');
const ENCRYPTED = /\/Encrypt\s+(?:\d+\s+\d+\s+R|<<)/;

export const readPdf = (bytes: Uint8Array): PdfRead => {
  const raw = bytesAsChars.decode(bytes);
  if (ENCRYPTED.test(raw)) return unsupported('The PDF is encrypted, so its text cannot be read.');
  try {
    const file = new PdfFile(bytes, raw, MAX_EXPANDED_BYTES);
    const pages = readPages(file);
    const text = paragraphsText(pages);
    if (text === '') return unsupported(noTextReason(pages));
    const document = parseText(text);
    return {
      kind: 'document',
      document: { ...document, ...infoFields(file, document), format: 'pdf' },
    };
  } catch (error) {
    if (error instanceof PdfLimitError) return error.rejection;
    throw error;
  }
};

/** A gap between baselines this many times the usual line gap starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** Lines whose font sizes differ by more than this ratio are not one paragraph. */
const SIZE_CHANGE_RATIO = 1.15;
/** `exam-` (or a soft hyphen) at a line end before a lower-case letter: a word split. */
const SPLIT_WORD_END = /\p{L}[-\u00ad]$/u;
const LOWER_START = /^\p{Ll}/u;
const SOFT_HYPHENS = /\u00ad/g;
/** Ligature characters (ﬁ, ﬂ, ﬃ ...) some ToUnicode maps give: spelt out, so words match. */
const LIGATURES = /[\ufb00-\ufb06]/g;

/** One line per paragraph, blank lines between: paragraphs split where the gap grows, the size changes or y jumps up. */
const paragraphsText = (pages: readonly PageText[]): string => {
  const paragraphs: string[] = [];
  for (const { lines } of pages) {
    const usual = lowerQuartile(lineGaps(lines));
    let paragraph = '';
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (!previous || startsParagraph(previous, line, usual)) {
        if (paragraph) paragraphs.push(paragraph);
        paragraph = line.text;
      } else paragraph = joinLine(paragraph, line.text);
    });
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs
    .map((text) => text.replace(SOFT_HYPHENS, '').replace(LIGATURES, (c) => c.normalize('NFKC')))
    .join('\n\n');
};

const lineGaps = (lines: readonly PdfLine[]): number[] =>
  lines
    .slice(1)
    .map((line, i) => (lines[i]?.y ?? 0) - line.y)
    .filter((gap) => gap > 0);

const startsParagraph = (previous: PdfLine, line: PdfLine, usual: number): boolean => {
  const gap = previous.y - line.y;
  const sizes =
    Math.max(previous.size, line.size) / Math.max(Math.min(previous.size, line.size), 1e-6);
  return gap <= 0 || (usual > 0 && gap > usual * PARAGRAPH_GAP_RATIO) || sizes > SIZE_CHANGE_RATIO;
};

/** Joins a wrapped line; a word hyphenated across the break loses its hyphen. */
const joinLine = (paragraph: string, line: string): string =>
  SPLIT_WORD_END.test(paragraph) && LOWER_START.test(line)
    ? `${paragraph.slice(0, -1)}${line}`
    : `${paragraph} ${line}`;

/** The line gap inside paragraphs: the lower quartile, since paragraph gaps can be common. */
const lowerQuartile = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
};

const noTextReason = (pages: readonly PageText[]): string =>
  pages.some((page) => page.unreadable > 0)
    ? 'The PDF draws its text in CID fonts with no ToUnicode map, so its characters cannot be read.'
    : 'The PDF has no text layer (a scan or images only); OCR is not done.';

const unsupported = (detail: string): PdfRead => ({
  kind: 'rejected',
  reason: 'unsupported-format',
  detail,
});
