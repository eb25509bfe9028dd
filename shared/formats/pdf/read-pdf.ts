import { type ExpansionBudget, newExpansionBudget } from '../packed/index.ts';
import { type ReadOne, rejected } from '../read-result.ts';
import { parseText } from '../text/index.ts';
import { infoFields } from './info.ts';
import { PdfFile, PdfLimitError } from './objects.ts';
import { type PageText, readPages } from './pages.ts';
import { paragraphsText } from './paragraphs.ts';
import { titleBlock } from './title-block.ts';

/** Every byte as one char: the PDF syntax is ASCII, binary data stays byte-exact. */
const bytesAsChars = new TextDecoder('latin1');
const ENCRYPTED = /\/Encrypt\s+(?:\d+\s+\d+\s+R|<<)/;

/**
 * A PDF's text layer, read synchronously by a compact reader: the objects (object streams
 * included), the page tree, each page's content streams (raw or FlateDecode) with its
 * fonts (simple fonts through their encoding and /Differences, CID fonts through their
 * /ToUnicode CMaps), word gaps and lines from where the text is drawn, paragraphs from
 * gaps, size changes and indents (pdf-paragraphs.ts), then read as plain text (so
 * headlines, bylines and their dates are found as in a text file). The Info dictionary gives
 * title, author and dates only where the page gave none (its CreationDate, often the day
 * the file was converted, ranks last as 'file-info'); a tool's default Title gives way to
 * the page's title block. Encrypted PDFs, PDFs without a text layer (scans) and text in
 * CID fonts with no ToUnicode map are rejected as unsupported, with the reason.
 *
 * `budget` is what the upload may still expand to (less when the PDF came in an archive).
 */
export const readPdf = (
  bytes: Uint8Array,
  budget: ExpansionBudget = newExpansionBudget(),
): ReadOne => {
  const raw = bytesAsChars.decode(bytes);
  if (ENCRYPTED.test(raw)) return unsupported('The PDF is encrypted, so its text cannot be read.');
  try {
    const file = new PdfFile(bytes, raw, budget);
    const { pages, cut } = readPages(file);
    const text = paragraphsText(pages);
    if (text === '') return unsupported(noTextReason(pages));
    const document = parseText(text);
    return {
      kind: 'document',
      document: {
        ...document,
        ...infoFields(file, document, titleBlock(pages)),
        format: 'pdf',
        ...(cut ? { pageFacts: { truncated: true } } : {}),
      },
    };
  } catch (error) {
    if (error instanceof PdfLimitError) return error.rejection;
    throw error;
  }
};

const noTextReason = (pages: readonly PageText[]): string =>
  pages.some((page) => page.unreadable > 0)
    ? 'The PDF draws its text in CID fonts with no ToUnicode map, so its characters cannot be read.'
    : 'The PDF has no text layer (a scan or images only); OCR is not done.';

const unsupported = (detail: string): ReadOne => rejected('unsupported-format', detail);
