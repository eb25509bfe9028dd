import type { PageFacts, StatedImage } from './document.ts';

/**
 * Page facts of a schema.org article object, the shape of a page's JSON-LD and of many
 * JSON APIs: `articleSection`, `keywords`, `image` (ImageObjects with caption and credit),
 * `license`, and the paywall markup (`isAccessibleForFree`, `hasPart.cssSelector`).
 * HTML and JSON readers share it.
 */
export const schemaOrgFacts = (node: Record<string, unknown>): PageFacts => {
  const sections = namesIn(node.articleSection);
  return {
    ...(sections[0] ? { section: sections[0] } : {}),
    categories: sections,
    tags: keywordsOf(node.keywords),
    leadImages: imagesOf(node.image ?? node.thumbnailUrl),
    ...optionalText('license', licenseOf(node.license)),
    ...accessOf(node),
  };
};

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Strings, or `{name}` objects, alone or in a list. */
const namesIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (isObject(item) ? textOf(item.name) : textOf(item)))
    .filter((name): name is string => name !== undefined);

const LIST_SEPARATOR = /\s*,\s*/;

/** `keywords`: a comma-separated string or a list. */
export const keywordsOf = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(LIST_SEPARATOR).filter(Boolean) : namesIn(value);

/** An `image`: a URL, an ImageObject (with caption and credit), or a list of either. */
export const imagesOf = (value: unknown): StatedImage[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item): StatedImage[] => {
    if (typeof item === 'string') return textOf(item) ? [{ url: item.trim() }] : [];
    if (!isObject(item)) return [];
    const url = textOf(item.url) ?? textOf(item.contentUrl) ?? textOf(item.src);
    if (!url) return [];
    const caption = textOf(item.caption) ?? textOf(item.description);
    const credit =
      textOf(item.creditText) ?? textOf(item.credit) ?? namesIn(item.copyrightHolder)[0];
    return [{ url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }];
  });

/** A `license`: a URL, or a CreativeWork naming one. */
export const licenseOf = (value: unknown): string | undefined =>
  isObject(value)
    ? (textOf(value.url) ?? textOf(value['@id']) ?? textOf(value.name))
    : textOf(value);

/**
 * Google's paywalled-content markup: `isAccessibleForFree` on the article, and the
 * locked part's `cssSelector` in a `hasPart` that is not free (which also makes the
 * article not free when the article itself does not say).
 */
const accessOf = (node: JsonObject): Pick<PageFacts, 'isAccessibleForFree' | 'paywallSelector'> => {
  const parts = (Array.isArray(node.hasPart) ? node.hasPart : [node.hasPart]).filter(isObject);
  const locked = parts.find((part) => freeFlag(part.isAccessibleForFree) === false);
  const selector = textOf(locked?.cssSelector);
  const free = freeFlag(node.isAccessibleForFree) ?? (locked ? false : undefined);
  return {
    ...(free === undefined ? {} : { isAccessibleForFree: free }),
    ...(selector ? { paywallSelector: selector } : {}),
  };
};

/** `true`, `"True"`, `"false"`...: publishers write the flag as a boolean or a string. */
const freeFlag = (value: unknown): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === 'true') return true;
  if (text === 'false') return false;
  return undefined;
};

const optionalText = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
