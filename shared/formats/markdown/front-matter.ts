import { spendWork } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import type { DateCandidate, PageFacts, ParsedDocument } from '../document.ts';
import { requireYaml } from '../lazy-libraries.cjs';

/**
 * YAML front matter (`---` ... `---` at the top of a Markdown file), as written by
 * Jekyll, Hugo, Eleventy, Astro and most CMS exports. Field names vary by tool; the
 * common spellings of each are read.
 */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const LIST_SEPARATOR = /\s*[,;]\s*/;

const TITLE_KEYS = ['title', 'headline'];
const SUBTITLE_KEYS = ['subtitle', 'description', 'summary', 'excerpt', 'dek'];
const AUTHOR_KEYS = ['authors', 'author', 'byline'];
const PUBLISHED_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'created'];
const MODIFIED_KEYS = ['updated', 'modified', 'lastmod', 'last_modified', 'updated_at'];
const KEYWORD_KEYS = ['keywords', 'tags', 'categories'];
const PUBLISHER_KEYS = ['publisher', 'site', 'source', 'publication'];
const LANGUAGE_KEYS = ['lang', 'language', 'locale'];
const URL_KEYS = ['canonical', 'canonical_url', 'canonicalurl', 'url'];
const TAG_KEYS = ['tags'];
const CATEGORY_KEYS = ['categories', 'category'];
const SECTION_KEYS = ['section', 'category'];
const SITE_NAME_KEYS = ['site_name', 'sitename'];
/** Hugo's `images`, Jekyll's `image`, themes' `cover`/`featured_image`/`thumbnail`. */
const IMAGE_KEYS = ['image', 'images', 'cover', 'cover_image', 'featured_image', 'thumbnail'];
const LICENSE_KEYS = ['license', 'licence', 'rights', 'copyright'];

type FrontMatterFields = Omit<ParsedDocument, 'format' | 'sections'>;

/** Splits front matter off; `fields` is null when there is none or its YAML is broken. */
export const splitFrontMatter = (
  text: string,
): { fields: Partial<FrontMatterFields> | null; body: string } => {
  const match = text.match(FRONT_MATTER);
  if (!match) return { fields: null, body: text };
  const body = text.slice(match[0].length);
  const data = parseYamlSafely(match[1] ?? '');
  return { fields: data ? readFields(data) : null, body };
};

/** Front matter read at most: real ones are a few hundred bytes; past this it is ignored. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/**
 * Aliases (`*a`) a YAML document may use: front matter needs none, and each may copy a
 * whole subtree (ten levels of ten make a billion nodes); yaml's own check stops past it.
 */
const MAX_YAML_ALIASES = 100;
/** Flow (`[`, `{`) nesting and indentation read: yaml recurses per level (1,000 overflow). */
const MAX_YAML_FLOW_DEPTH = 32;
const MAX_YAML_INDENT = 64;
const FLOW_OPENERS = new Set(['[', '{']);
const FLOW_CLOSERS = new Set([']', '}']);
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_YAML_INDENT + 1}}`, 'm');

/**
 * The YAML as a record, or null: broken, too big, too deep or alias-heavy front matter
 * is ignored, since the article text below it is still worth reading.
 */
const parseYamlSafely = (yaml: string): Record<string, unknown> | null => {
  if (yaml.length > MAX_FRONT_MATTER_CHARS || tooDeepYaml(yaml)) return null;
  spendWork(yaml.length, 'front matter');
  try {
    const data: unknown = requireYaml().parse(yaml, { maxAliasCount: MAX_YAML_ALIASES });
    return isRecord(data) ? lowerCaseKeys(data) : null;
  } catch {
    return null;
  }
};

/** Nesting past the limits, counted without regard to quotes (a stray `[` only errs safe). */
const tooDeepYaml = (yaml: string): boolean => {
  if (DEEP_INDENT.test(yaml)) return true;
  let depth = 0;
  for (const c of yaml) {
    if (FLOW_OPENERS.has(c) && ++depth > MAX_YAML_FLOW_DEPTH) return true;
    if (FLOW_CLOSERS.has(c)) depth = Math.max(0, depth - 1);
  }
  return false;
};

const readFields = (data: Record<string, unknown>): Partial<FrontMatterFields> => {
  const dates: DateCandidate[] = [
    ...strings(data, PUBLISHED_KEYS).map((value) => candidate(value, 'published')),
    ...strings(data, MODIFIED_KEYS).map((value) => candidate(value, 'modified')),
  ];
  return {
    title: strings(data, TITLE_KEYS)[0],
    subtitle: strings(data, SUBTITLE_KEYS)[0],
    authors: strings(data, AUTHOR_KEYS),
    publisher: strings(data, PUBLISHER_KEYS)[0],
    dates,
    keywords: strings(data, KEYWORD_KEYS).flatMap((value) => value.split(LIST_SEPARATOR)),
    languageHint: strings(data, LANGUAGE_KEYS)[0],
    canonicalUrl: strings(data, URL_KEYS)[0],
    pageFacts: pageFactsOf(data),
  };
};

/** The page facts front matter declares (see `PageFacts`). */
const pageFactsOf = (data: Record<string, unknown>): PageFacts => {
  const categories = strings(data, CATEGORY_KEYS).flatMap((value) => value.split(LIST_SEPARATOR));
  return {
    siteName: strings(data, SITE_NAME_KEYS)[0],
    section: strings(data, SECTION_KEYS)[0] ?? categories[0],
    categories,
    tags: strings(data, TAG_KEYS).flatMap((value) => value.split(LIST_SEPARATOR)),
    leadImages: strings(data, IMAGE_KEYS).map((url) => ({ url })),
    license: strings(data, LICENSE_KEYS)[0],
    direction: strings(data, ['dir', 'direction'])[0],
  };
};

const candidate = (value: string, kind: DateCandidate['kind']): DateCandidate => ({
  value,
  source: 'front-matter',
  kind,
});

/** Every string under the first key present: a string, a list, or `{ name }` objects. */
const strings = (data: Record<string, unknown>, keys: readonly string[]): string[] => {
  const key = keys.find((k) => data[k] !== undefined && data[k] !== null);
  if (key === undefined) return [];
  const values = Array.isArray(data[key]) ? data[key] : [data[key]];
  return values.map(asText).filter((value): value is string => value !== undefined);
};

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return collapseSpaces(value) || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (isRecord(value)) return asText(value.name);
  return undefined;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const lowerCaseKeys = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
