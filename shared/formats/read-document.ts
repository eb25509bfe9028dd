import type { RejectReason } from '../domain/record.ts';
import { decodeBytes, normalizeText } from './decode.ts';
import { detectFormat, type FormatHints } from './detect-format.ts';
import type { ParsedDocument } from './document.ts';
import { parseHtml } from './html.ts';
import { MalformedInputError } from './malformed.ts';
import { parseMarkdown } from './markdown.ts';
import { sniffBinaryText, sniffMagic } from './sniff.ts';
import { parseText } from './text.ts';

/** Bytes -> a parsed document, or why the bytes are not one (a value, not a throw). */
export type ReadResult =
  | { kind: 'document'; document: ParsedDocument }
  | { kind: 'rejected'; reason: RejectReason; detail: string };

const PARSERS = { text: parseText, markdown: parseMarkdown, html: parseHtml } as const;
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
  try {
    return { kind: 'document', document: PARSERS[format](text) };
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
