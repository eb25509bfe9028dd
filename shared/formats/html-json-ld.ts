import type { DateCandidate, ParsedDocument } from './document.ts';
import { elementsNamed, type HtmlDocument, type textOf } from './html-dom.ts';

/**
 * JSON-LD (`<script type="application/ld+json">`), when it trivially names the article:
 * the first object (top level, in an array or in `@graph`) with a headline or a
 * publication date. Broken JSON is ignored: pages ship plenty of it.
 */
export type JsonLdFields = Pick<ParsedDocument, 'title' | 'authors' | 'publisher'> & {
  dates: DateCandidate[];
  subtitle?: string;
};

export const readJsonLd = (document: HtmlDocument): JsonLdFields => {
  const article = elementsNamed(document, 'script')
    .filter((script) => script.attribs.type?.toLowerCase() === 'application/ld+json')
    .flatMap((script) => objectsIn(parseJson(script.children.map(textOfScript).join(''))))
    .find((item) => typeof item.headline === 'string' || typeof item.datePublished === 'string');
  if (!article) return { authors: [], dates: [] };
  return {
    title: stringOf(article.headline),
    subtitle: stringOf(article.description),
    authors: namesOf(article.author),
    publisher: namesOf(article.publisher)[0],
    dates: [
      ...dateOf(article.datePublished, 'published'),
      ...dateOf(article.dateModified, 'modified'),
    ],
  };
};

type JsonObject = Record<string, unknown>;

const textOfScript = (node: Parameters<typeof textOf>[0]): string =>
  'data' in node && typeof node.data === 'string' ? node.data : '';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectsIn = (value: unknown): JsonObject[] => {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (!isObject(value)) return [];
  return [value, ...objectsIn(value['@graph'])];
};

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const namesOf = (value: unknown): string[] => {
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((item) => (isObject(item) ? stringOf(item.name) : stringOf(item)))
    .filter((name): name is string => name !== undefined);
};

const dateOf = (value: unknown, kind: DateCandidate['kind']): DateCandidate[] => {
  const text = stringOf(value);
  return text ? [{ value: text, source: 'json-ld', kind }] : [];
};
