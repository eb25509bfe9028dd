/**
 * The PDF family: text-layer PDFs read to paragraphs, then as plain text.
 * What code outside this folder uses (see ../README.md).
 */
export { readPdf } from './read-pdf.ts';
