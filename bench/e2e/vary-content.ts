import { escapeXml } from '../fuzz/words.ts';

/**
 * Puts one sentence of its own into a copy of a template file, where the file's format
 * keeps it as article text, so every generated file has a content hash of its own (no
 * file of the run is an exact copy of another, as in a real upload of distinct articles).
 * The format is the file's extension; bytes that are not text come back unchanged.
 */
export type TextFormat = 'txt' | 'md' | 'html' | 'json' | 'xml';

const TEXT_FORMATS: readonly string[] = ['txt', 'md', 'html', 'json', 'xml'];

export const isTextFormat = (extension: string): extension is TextFormat =>
  TEXT_FORMATS.includes(extension);

/** Where a markup page's text ends: the sentence goes just before it. */
const HTML_TEXT_END = /<\/(?:article|main|body)>/i;
/** The first element of a feed or wire story that carries article text. */
const XML_TEXT_END = /<\/(?:p|description|summary|content|body\.content)>/i;
/** Keys a JSON article's text is commonly under (schema.org, CMS exports, APIs). */
const JSON_TEXT_KEYS = ['articleBody', 'body', 'text', 'content', 'description'];
/** JSON nesting a template may have; a bound, as every walk over content has one. */
const MAX_JSON_DEPTH = 8;

const insertBefore = (text: string, pattern: RegExp, addition: string): string | undefined => {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return `${text.slice(0, match.index)}${addition}${text.slice(match.index)}`;
};

/** Appends to the first text-like string found, depth first; false when there is none. */
const appendToJsonText = (node: unknown, sentence: string, depth: number): boolean => {
  if (depth > MAX_JSON_DEPTH || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node))
    return node.some((child) => appendToJsonText(child, sentence, depth + 1));
  const record = node as Record<string, unknown>;
  const key = JSON_TEXT_KEYS.find((name) => typeof record[name] === 'string');
  if (key) {
    record[key] = `${record[key] as string} ${sentence}`;
    return true;
  }
  return Object.values(record).some((child) => appendToJsonText(child, sentence, depth + 1));
};

const varyJson = (text: string, sentence: string): string => {
  const parsed: unknown = JSON.parse(text);
  if (!appendToJsonText(parsed, sentence, 0)) return text;
  return `${JSON.stringify(parsed, null, 2)}\n`;
};

/** The template's text with `sentence` in it; a template with no place for it, unchanged. */
export const varyText = (format: TextFormat, text: string, sentence: string): string => {
  switch (format) {
    case 'txt':
    case 'md':
      return `${text.trimEnd()}\n\n${sentence}\n`;
    case 'html':
      return insertBefore(text, HTML_TEXT_END, `<p>${escapeXml(sentence)}</p>\n`) ?? text;
    case 'xml':
      return insertBefore(text, XML_TEXT_END, ` ${escapeXml(sentence)}`) ?? text;
    case 'json':
      return varyJson(text, sentence);
  }
};
