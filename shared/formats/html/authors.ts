import {
  hasNonNameSymbol,
  isFullName,
  looksLikeHandle,
  withoutBylinePrefix,
} from '../../text/byline.ts';
import { isSiteOrNewsroom } from './brand-names.ts';
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
  const person = isPersonName(publisher);
  const inline = jsonLd.authors.filter(person);
  if (inline.length > 0) return inline;
  const named = metaAuthors
    .flatMap((value) => value.split(META_AUTHOR_SEPARATOR))
    .map(withoutBylinePrefix)
    .filter((name) => name !== '' && person(name));
  const referenced = jsonLd.referencedAuthors.filter(person);
  const stated = referenced.length > 0 ? referenced : named;
  const byline = readByline(document).filter(person);
  if (byline.length === 0) return stated.length > 0 ? stated : jsonLd.organizationAuthors;
  return bylineDisagrees(byline, [...referenced, ...named]) ? stated : byline;
};

/**
 * Name-shape checks every source passes, whatever the site: the publisher's own name or
 * its newsroom (`isSiteOrNewsroom`), social handles (`@jdoe`, `jdoe_77`) and form labels
 * (`Name *`) name no writer, so the next source is asked instead. Organisation authors
 * are the last resort and keep their names.
 */
const isPersonName =
  (publisher: string | undefined) =>
  (name: string): boolean =>
    !looksLikeHandle(name) && !hasNonNameSymbol(name) && !isSiteOrNewsroom(name, publisher);

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
