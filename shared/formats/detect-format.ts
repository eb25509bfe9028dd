import type { ArticleFormat } from '../domain/record.ts';
import { readProlog } from './sniff.ts';

/** The formats read as text after decoding (the others are read from their bytes). */
export type TextFormat = Extract<
  ArticleFormat,
  'text' | 'markdown' | 'html' | 'json' | 'nitf' | 'newsml' | 'rss' | 'atom'
>;

/**
 * Which parser reads a text: by content first (what the text is), then the key's
 * extension (what the uploader called it), then the Content-Type (what the uploading
 * client guessed), else plain text.
 */
export interface FormatHints {
  key?: string;
  contentType?: string;
}

/** Only the head of a file is sniffed: a page declares itself in its first few KB. */
const SNIFF_CHARS = 4096;
/**
 * HTML tags in the sniffed head from which a file without a doctype is HTML (a page
 * fragment). Prose that mentions a tag or two stays text.
 */
const MIN_HTML_TAGS = 5;

const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|body|head|meta|title|article|section|main|table|em|strong|img)\b[^>]*>/gi;
/** An object with a key, or an array of objects or strings: text rarely starts so. */
const JSON_START = /^\s*(?:\{\s*(?:"|\})|\[\s*(?:\{|"|\]))/;
const XML_ROOTS: Record<string, TextFormat> = {
  nitf: 'nitf',
  newsitem: 'newsml',
  newsmessage: 'newsml',
  newsml: 'newsml',
  rss: 'rss',
  rdf: 'rss',
  feed: 'atom',
  html: 'html',
};
const FRONT_MATTER_START = /^---[ \t]*\n/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;

const BY_EXTENSION: Record<string, TextFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  nitf: 'nitf',
  rss: 'rss',
  atom: 'atom',
};

const BY_MEDIA_TYPE: Record<string, TextFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/ld+json': 'json',
  'application/nitf+xml': 'nitf',
  'application/vnd.iptc.g2.newsitem+xml': 'newsml',
  'application/vnd.iptc.g2.newsmessage+xml': 'newsml',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
};

const EXTENSION = /\.([a-z0-9]+)$/i;

export const detectFormat = (text: string, hints: FormatHints = {}): TextFormat =>
  formatFromContent(text) ??
  formatFromKey(hints.key) ??
  formatFromContentType(hints.contentType) ??
  'text';

const formatFromContent = (text: string): TextFormat | undefined => {
  const head = text.slice(0, SNIFF_CHARS);
  if (JSON_START.test(head)) return 'json';
  const prolog = readProlog(text);
  const xml = ownValue(XML_ROOTS, prolog.root);
  if (xml) return xml;
  if (prolog.doctype === 'html') return 'html';
  if (countHtmlTags(head) >= MIN_HTML_TAGS) return 'html';
  if (FRONT_MATTER_START.test(head) || MARKDOWN_HEADING.test(head)) return 'markdown';
  return undefined;
};

const countHtmlTags = (head: string): number => head.match(HTML_TAG)?.length ?? 0;

const formatFromKey = (key: string | undefined): TextFormat | undefined => {
  const extension = key?.match(EXTENSION)?.[1]?.toLowerCase();
  return ownValue(BY_EXTENSION, extension);
};

const formatFromContentType = (contentType: string | undefined): TextFormat | undefined => {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return ownValue(BY_MEDIA_TYPE, mediaType);
};

/**
 * A table entry by a name the file chose: own keys only, so a root `<__proto__>` or a key
 * ending `.constructor` finds nothing rather than an Object.prototype member.
 */
const ownValue = <V>(table: Record<string, V>, name: string | undefined): V | undefined =>
  name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
