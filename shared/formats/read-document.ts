import type { RejectReason } from '../domain/record.ts';
import { decodeBytes, normalizeText } from './decode.ts';
import { detectFormat, type FormatHints, type TextFormat } from './detect-format.ts';
import type { ParsedDocument } from './document.ts';
import { parseHtml } from './html.ts';
import { parseJsonArticle } from './json-article.ts';
import { MalformedInputError } from './malformed.ts';
import { parseMarkdown } from './markdown.ts';
import { parseNewsml } from './newsml.ts';
import { parseNitf } from './nitf.ts';
import { sniffBinaryText, sniffMagic } from './sniff.ts';
import { parseText } from './text.ts';

/** Bytes -> a parsed document, or why the bytes are not one (a value, not a throw). */
export type ReadResult =
  | { kind: 'document'; document: ParsedDocument }
  | { kind: 'rejected'; reason: RejectReason; detail: string };

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

export const readDocument = (bytes: Uint8Array, hints: FormatHints = {}): ReadResult => {
  if (bytes.length === 0) return rejected('empty', 'The file is empty (0 bytes).');
  const magic = sniffMagic(bytes);
  if (magic.kind === 'unsupported') {
    return rejected('unsupported-format', `The file is ${magic.name}, which is not read yet.`);
  }
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

const rejected = (reason: RejectReason, detail: string): ReadResult => ({
  kind: 'rejected',
  reason,
  detail,
});
