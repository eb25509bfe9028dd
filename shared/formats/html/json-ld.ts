import type { DateCandidate, ParsedDocument } from '../document.ts';
import { checkJsonNesting } from '../json-nesting.ts';
import { TooDeepError } from '../too-deep.ts';
import { elementsNamed, type HtmlDocument, type textOf } from './dom.ts';

/**
 * JSON-LD (`<script type="application/ld+json">`), when it trivially names the article:
 * the first object (top level, in an array or in `@graph`) with a headline, and the
 * first with a publication date (one with a headline before any other). Pages ship plenty of broken JSON: from that, only the
 * plain string fields are salvaged.
 */
export type JsonLdFields = Pick<ParsedDocument, 'title' | 'authors' | 'publisher'> & {
  dates: DateCandidate[];
  subtitle?: string;
  /** Authors typed `Organization`: a weaker answer than a person's name. */
  organizationAuthors: string[];
  /**
   * People the author field points to by `@id` (Yoast-style graphs): often the account
   * that posted the story rather than its writer, so weaker than a name given inline.
   */
  referencedAuthors: string[];
};

export const readJsonLd = (
  document: HtmlDocument,
  objects: readonly JsonObject[] = jsonLdObjects(document),
): JsonLdFields => {
  // A graph dates its images, videos and comments too (an `ImageObject` uploaded weeks
  // before the story): the node with a headline is the article's, any dated node else.
  const dated =
    objects.find(
      (item) => typeof item.datePublished === 'string' && typeof item.headline === 'string',
    ) ?? objects.find((item) => typeof item.datePublished === 'string');
  const article = objects.find((item) => typeof item.headline === 'string') ?? dated;
  if (!article) return { authors: [], organizationAuthors: [], referencedAuthors: [], dates: [] };
  const source = dated ?? article;
  const field = article.author ?? dated?.author;
  const inline = (Array.isArray(field) ? field : [field]).map(parsedIfJson);
  const referenced = referencedNodes(inline, indexById(objects));
  return {
    title: stringOf(article.headline),
    subtitle: stringOf(article.description),
    authors: namesOf(inline, false),
    organizationAuthors: namesOf([...inline, ...referenced], true),
    referencedAuthors: namesOf(referenced, false),
    publisher: anyNameOf(article.publisher ?? dated?.publisher),
    dates: [
      ...dateOf(source.datePublished, 'published'),
      ...dateOf(source.dateModified, 'modified'),
    ],
  };
};

/** Every JSON-LD object of the page (top level, in arrays, in `@graph`), in page order. */
export const jsonLdObjects = (document: HtmlDocument): JsonObject[] =>
  elementsNamed(document, 'script')
    .filter((script) => script.attribs.type?.toLowerCase() === 'application/ld+json')
    .flatMap((script) => objectsFrom(script.children.map(textOfScript).join('')));

/** A trail runs to a few steps; more is a site map. */
const MAX_BREADCRUMB_STEPS = 8;

/**
 * The step names of a JSON-LD `BreadcrumbList` (`itemListElement[].name`, or the name of
 * its `item`): the sections the page files the article under.
 */
export const jsonLdBreadcrumbNames = (document: HtmlDocument): string[] => {
  const trail = jsonLdObjects(document).find((item) => item['@type'] === 'BreadcrumbList');
  const steps = Array.isArray(trail?.itemListElement) ? trail.itemListElement : [];
  return steps
    .slice(0, MAX_BREADCRUMB_STEPS)
    .map((step) =>
      isObject(step)
        ? (stringOf(step.name) ?? (isObject(step.item) ? stringOf(step.item.name) : undefined))
        : undefined,
    )
    .filter((name): name is string => name !== undefined);
};

/** Parsed objects, or, from JSON too broken to parse, the plain string fields we read. */
const objectsFrom = (text: string): JsonObject[] => {
  const parsed = parseJson(text) ?? parseJson(`[${text.replace(RUN_TOGETHER, '},{')}]`);
  return parsed === null ? [salvage(text)] : objectsIn(parsed);
};

/** Objects written one after another in one script (`{...}{...}` or `{...},{...}`). */
const RUN_TOGETHER = /\}\s*,?\s*\{/g;

const SALVAGED_FIELD =
  /"(headline|datePublished|dateModified|description)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

const unescapeJson = (value: string): string => {
  const parsed = parseJson(`"${value}"`);
  return typeof parsed === 'string' ? parsed : value;
};

const salvage = (text: string): JsonObject => {
  const fields: JsonObject = {};
  for (const [, key, value] of text.matchAll(SALVAGED_FIELD)) {
    if (key && value !== undefined && fields[key] === undefined) fields[key] = unescapeJson(value);
  }
  return fields;
};

export type JsonObject = Record<string, unknown>;

const textOfScript = (node: Parameters<typeof textOf>[0]): string =>
  'data' in node && typeof node.data === 'string' ? node.data : '';

/**
 * A block that is not JSON, or nests past the depth limit (the walks over it recurse),
 * reads as null: the page is still read, with what can be salvaged from the block.
 */
const parseJson = (text: string): unknown => {
  try {
    checkJsonNesting(text);
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof TooDeepError) return null;
    throw error;
  }
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectsIn = (value: unknown): JsonObject[] => {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (!isObject(value)) return [];
  return [value, ...objectsIn(value['@graph'])];
};

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Graph nodes by `@id`: Yoast-style graphs give the author as `{"@id": "#/schema/person/1"}`. */
const indexById = (objects: readonly JsonObject[]): Map<string, JsonObject> => {
  const byId = new Map<string, JsonObject>();
  for (const item of objects) {
    const id = stringOf(item['@id']);
    if (id && !byId.has(id)) byId.set(id, item);
  }
  return byId;
};

/** The nodes that `{"@id": ...}` items without a name point to. */
const referencedNodes = (items: readonly unknown[], byId: ReadonlyMap<string, JsonObject>) =>
  items.flatMap((item) => {
    if (!isObject(item) || item.name !== undefined) return [];
    const node = byId.get(stringOf(item['@id']) ?? '');
    return node ? [node] : [];
  });

/** An author written as JSON inside a string (`"{ \"@type\": \"Person\", ... }"`). */
const parsedIfJson = (item: unknown): unknown =>
  typeof item === 'string' && JSON_IN_STRING.test(item) ? (parseJson(item) ?? item) : item;

const JSON_IN_STRING = /^\s*\{[\s\S]*\}\s*$/;

/** Names of people (or, with `organizations`, of organisations) in an author field. */
const namesOf = (value: unknown, organizations: boolean): string[] => {
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((item) => isOrganization(item) === organizations)
    .map((item) => (isObject(item) ? stringOf(item.name) : stringOf(item)))
    .filter((name): name is string => name !== undefined);
};

const anyNameOf = (value: unknown): string | undefined =>
  namesOf(value, true)[0] ?? namesOf(value, false)[0];

const ORGANIZATION = /organization|corporation|newsmediaorganization/i;

const isOrganization = (item: unknown): boolean =>
  isObject(item) && ORGANIZATION.test(String(item['@type'] ?? ''));

const dateOf = (value: unknown, kind: DateCandidate['kind']): DateCandidate[] => {
  const text = stringOf(value);
  return text ? [{ value: text, source: 'json-ld', kind }] : [];
};
