import type { ByteTable } from './encodings.ts';
import { glyphUnicode } from './glyphs.ts';

/**
 * The built-in encoding of an embedded Type 1 font program (/FontFile), read from its
 * cleartext part: `/Encoding StandardEncoding def`, or `dup <code> /<glyph> put` lines.
 * pdfTeX writes Computer Modern subsets so, with no /Encoding in the PDF: without this
 * their ligatures, quotes and accents (codes below 32 and `\`) come out wrong.
 */
const ENCRYPTED_PART = 'eexec';
const ENCODING_ARRAY = /\/Encoding\s+\d+\s+array/;
const ENCODING_ENTRY = /dup\s+(\d+)\s*\/([^\s/[\]{}()<>]+)\s+put/g;

/** The table, where the font program defines its own; undefined for StandardEncoding. */
export const builtInEncoding = (program: string, fallback: ByteTable): ByteTable | undefined => {
  const end = program.indexOf(ENCRYPTED_PART);
  const cleartext = end < 0 ? program : program.slice(0, end);
  const start = cleartext.search(ENCODING_ARRAY);
  if (start < 0) return undefined;
  const table = [...fallback];
  for (const [, code, name] of cleartext.slice(start).matchAll(ENCODING_ENTRY)) {
    const byte = Number(code);
    const text = glyphUnicode(name ?? '');
    if (byte < 256 && text !== undefined) table[byte] = text;
  }
  return table;
};
