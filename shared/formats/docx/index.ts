/**
 * The DOCX family: a Word document's body and core properties, from its zip entries.
 * What code outside this folder uses (see ../README.md).
 */
export { DOCX_CORE, DOCX_DOCUMENT, parseDocx } from './read-docx.ts';
