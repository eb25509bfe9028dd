/**
 * The plain-text family: header lines, blocks and sections of a `.txt` (and of a PDF's
 * text once laid out).
 * What code outside this folder uses (see ../README.md).
 */
export { parseText } from './read-text.ts';
