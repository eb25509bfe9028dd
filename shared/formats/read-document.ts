import { normalizeText } from '../text/whitespace.ts';
import { decodeBytes } from './decode.ts';
import { detectFormat, type FormatHints, type TextFormat } from './detect-format.ts';
import type { ParsedDocument } from './document.ts';
import { readAtom, readRss } from './feeds/index.ts';
import { parseHtml } from './html/index.ts';
import { readJsonArticles } from './json/index.ts';
import { parseMarkdown } from './markdown/index.ts';
import { readGzip, readZip, type Unpacking, uploadUnpacking } from './packed/index.ts';
import { readPdf } from './pdf/index.ts';
import { type ReadResult, readOrMalformed, rejected } from './read-result.ts';
import { sniffBinaryText, sniffMagic } from './sniff.ts';
import { parseText } from './text/index.ts';
import { parseNitf, readNewsml } from './wire/index.ts';

export type { ReadItem, ReadOne, ReadResult } from './read-result.ts';

const one =
  (parse: (text: string) => ParsedDocument) =>
  (text: string): ReadResult => ({ kind: 'document', document: parse(text) });

/** Formats that hold one article, and those that may hold several (feeds, lists, messages). */
const READERS: Record<TextFormat, (text: string) => ReadResult> = {
  text: one(parseText),
  markdown: one(parseMarkdown),
  html: one(parseHtml),
  nitf: one(parseNitf),
  json: readJsonArticles,
  newsml: readNewsml,
  rss: readRss,
  atom: readAtom,
};
const NON_WHITESPACE = /\S/;

/**
 * Bytes -> a parsed document, the items of a file that holds several articles, or why
 * the bytes are not articles (a value, not a throw). Containers (gzip, zip) are unpacked
 * and their content read; `unpacking` says how deep, and what may still be expanded.
 */
export const readDocument = (
  bytes: Uint8Array,
  hints: FormatHints = {},
  unpacking: Unpacking = uploadUnpacking(),
): ReadResult => {
  if (bytes.length === 0) return rejected('empty', 'The file is empty (0 bytes).');
  const magic = sniffMagic(bytes);
  if (magic.kind === 'gzip') return readGzip(bytes, hints, unpacking, readDocument);
  if (magic.kind === 'zip') return readZip(bytes, hints, unpacking, readDocument);
  if (magic.kind === 'pdf') return readPdf(bytes, unpacking.budget);
  if (magic.kind === 'binary') return rejected('binary', magic.detail);
  const { text: raw } = decodeBytes(bytes, hints.contentType);
  const binary = sniffBinaryText(raw);
  if (binary.kind === 'binary') return rejected('binary', binary.detail);
  const text = normalizeText(raw);
  if (!NON_WHITESPACE.test(text)) return rejected('empty', 'The file holds only whitespace.');
  const read = READERS[detectFormat(text, hints)];
  return readOrMalformed(() => read(text));
};
