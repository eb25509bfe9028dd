import { decodeBytes, normalizeText } from './decode.ts';
import { detectFormat, type FormatHints, type TextFormat } from './detect-format.ts';
import type { ParsedDocument } from './document.ts';
import { parseHtml } from './html.ts';
import { parseJsonArticle } from './json-article.ts';
import { MalformedInputError } from './malformed.ts';
import { parseMarkdown } from './markdown.ts';
import { parseNewsml } from './newsml.ts';
import { parseNitf } from './nitf.ts';
import { readPdf } from './pdf.ts';
import { type ReadResult, readGzip, readZip, rejected } from './read-packed.ts';
import { sniffBinaryText, sniffMagic } from './sniff.ts';
import { parseText } from './text.ts';

export type { ReadItem, ReadOne, ReadResult } from './read-packed.ts';

const PARSERS: Partial<Record<TextFormat, (text: string) => ParsedDocument>> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: parseJsonArticle,
  nitf: parseNitf,
  newsml: parseNewsml,
};
/** Feeds are recognised so that they are rejected for what they are, not read as one article. */
const feedDetail = (format: TextFormat): string =>
  `The file is ${format === 'atom' ? 'an Atom' : 'an RSS'} feed: feeds hold several articles; one record per item is not built yet.`;
const NON_WHITESPACE = /\S/;

/**
 * Bytes -> a parsed document, or why the bytes are not one (a value, not a throw).
 * Containers (gzip, zip) are unpacked and their content read; `depth` counts the levels.
 */
export const readDocument = (bytes: Uint8Array, hints: FormatHints = {}, depth = 0): ReadResult => {
  if (bytes.length === 0) return rejected('empty', 'The file is empty (0 bytes).');
  const magic = sniffMagic(bytes);
  if (magic.kind === 'gzip') return readGzip(bytes, hints, depth, readDocument);
  if (magic.kind === 'zip') return readZip(bytes, hints, depth, readDocument);
  if (magic.kind === 'pdf') return readPdf(bytes);
  if (magic.kind === 'binary') return rejected('binary', magic.detail);
  const { text: raw } = decodeBytes(bytes, hints.contentType);
  const binary = sniffBinaryText(raw);
  if (binary.kind === 'binary') return rejected('binary', binary.detail);
  const text = normalizeText(raw);
  if (!NON_WHITESPACE.test(text)) return rejected('empty', 'The file holds only whitespace.');
  const format = detectFormat(text, hints);
  const parse = PARSERS[format];
  if (!parse) return rejected('unsupported-format', feedDetail(format));
  try {
    return { kind: 'document', document: parse(text) };
  } catch (error) {
    if (error instanceof MalformedInputError) return rejected('malformed', error.message);
    throw error;
  }
};
