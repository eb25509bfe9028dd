import { isFullName, withoutBylinePrefix } from '../../text/byline.ts';
import { readByline } from './byline.ts';
import type { HtmlDocument } from './dom.ts';
import type { JsonLdFields } from './json-ld.ts';

/**
 * Authors from the most trustworthy source that names any: JSON-LD people named inline,
 * the visible byline (unless it contradicts the people the page's metadata states), the
 * stated people (JSON-LD people referenced by `@id`, else `<meta>` author names that are
 * not the site's own name), JSON-LD organisations.
 */
export const chooseHtmlAuthors = (
  document: HtmlDocument,
  metaAuthors: readonly string[],
  jsonLd: JsonLdFields,
  publisher: string | undefined,
): string[] => {
  if (jsonLd.authors.length > 0) return jsonLd.authors;
  const site = publisher?.toLowerCase();
  const named = metaAuthors
    .flatMap((value) => value.split(META_AUTHOR_SEPARATOR))
    .map(withoutBylinePrefix)
    .filter((name) => name !== '' && name.toLowerCase() !== site);
  const stated = jsonLd.referencedAuthors.length > 0 ? jsonLd.referencedAuthors : named;
  const byline = readByline(document);
  if (byline.length === 0) return stated.length > 0 ? stated : jsonLd.organizationAuthors;
  return bylineDisagrees(byline, [...jsonLd.referencedAuthors, ...named]) ? stated : byline;
};

/**
 * A visible byline that shares no name with the people the page's metadata names is
 * likely another story's (a teaser, a related link): the page's own statement wins then.
 */
const bylineDisagrees = (byline: readonly string[], statedNames: readonly string[]): boolean => {
  const people = statedNames.filter(isFullName).map((name) => name.toLowerCase());
  return people.length > 0 && !byline.some((name) => people.includes(name.toLowerCase()));
};

/** `Site | Jane Doe`: some pages put the publisher beside the author in one meta value. */
const META_AUTHOR_SEPARATOR = /\s+\|\s+/;
