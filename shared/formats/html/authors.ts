import {
  hasNonNameSymbol,
  isFullName,
  looksLikeHandle,
  opensWithBylineLabel,
  splitByline,
  withoutBylinePrefix,
} from '../../text/byline.ts';
import { isSiteOrNewsroom, isSiteWithSlogan, looksLikeOrganisation } from './brand-names.ts';
import { bylineReader } from './byline.ts';
import type { HtmlDocument } from './dom.ts';
import type { JsonLdFields } from './json-ld.ts';
import { hasCreditSign, isInitialism } from './name-shape.ts';
import { pageSiteNames } from './site-names.ts';

/**
 * Authors from the most trustworthy source that names a person: JSON-LD people named
 * inline, the visible byline (unless it contradicts the people the page's metadata
 * states), the stated people (JSON-LD people referenced by `@id`, else `<meta>` author
 * names). Only when no source names a person do organisations count, in the same order
 * of trust, then JSON-LD organisations: a wire or a brand credited beside a writer is not
 * the writer.
 */
export const chooseHtmlAuthors = (
  document: HtmlDocument,
  metaAuthors: readonly string[],
  jsonLd: JsonLdFields,
  publisher: string | undefined,
): string[] => {
  const named = metaAuthors
    .flatMap((value) => value.split(META_AUTHOR_SEPARATOR))
    .flatMap(bylineLineNames)
    .map((value) => withoutOutletCredit(withoutBylinePrefix(value)))
    .filter((name) => name !== '');
  const byline = bylineReader(document);
  const people = chooseFrom(
    byline,
    named,
    jsonLd,
    isPersonName(publisher, pageSiteNames(document)),
  );
  if (people.length > 0) return people;
  const organisations = chooseFrom(byline, named, jsonLd, isNamedAuthor(publisher));
  if (organisations.length > 0) return organisations;
  return jsonLd.organizationAuthors.filter((name) => !isSiteWithSlogan(name, publisher));
};

const chooseFrom = (
  readByline: (accepts: (name: string) => boolean) => string[],
  named: readonly string[],
  jsonLd: JsonLdFields,
  accepts: (name: string) => boolean,
): string[] => {
  const inline = jsonLd.authors.flatMap(bylineLineNames).map(withoutOutletCredit).filter(accepts);
  const byline = readByline(accepts);
  if (inline.length > 0) return namesMore(byline, inline) ? byline : inline;
  const referenced = jsonLd.referencedAuthors
    .flatMap(bylineLineNames)
    .map(withoutOutletCredit)
    .filter(accepts);
  const stated = referenced.length > 0 ? referenced : named.filter(accepts);
  if (byline.length === 0) return stated;
  return bylineDisagrees(byline, [...referenced, ...named.filter(accepts)]) ? stated : byline;
};

/**
 * Name-shape checks every source passes, whatever the site: the publisher's own name or
 * its newsroom (`isSiteOrNewsroom`), social handles (`@jdoe`, `jdoe_77`) and form labels
 * (`Name *`) name no writer, so the next source is asked instead.
 */
const isNamedAuthor =
  (publisher: string | undefined) =>
  (name: string): boolean =>
    !looksLikeHandle(name) &&
    !hasNonNameSymbol(name) &&
    !hasCreditSign(name) &&
    !isSiteOrNewsroom(name, publisher);

/**
 * A person's name: a named author that is not shaped like an organisation (a web
 * address, a team, a company, a slogan; `looksLikeOrganisation`), nor initials or a
 * degree (`isInitialism`), nor the name the page gives its site in its title or feeds
 * (`pageSiteNames`), which may be all a page states of its publisher.
 */
const isPersonName = (publisher: string | undefined, siteNames: readonly string[]) => {
  const named = isNamedAuthor(publisher);
  return (name: string): boolean =>
    named(name) &&
    !looksLikeOrganisation(name) &&
    !isInitialism(name) &&
    !siteNames.some((site) => isSiteOrNewsroom(name, site));
};

/**
 * `By Ann Lee, Bo Chan` over JSON-LD naming only Ann Lee: CMSs often put the first
 * writer alone in the structured data, while the visible byline names every one. A
 * byline that names all the stated people and a few more is the fuller statement; a
 * long list gathered from author links across the page names other stories' writers.
 */
const namesMore = (byline: readonly string[], stated: readonly string[]): boolean => {
  if (byline.length <= stated.length || byline.length > MAX_CO_AUTHORS) return false;
  const shown = new Set(byline.map((name) => name.toLowerCase()));
  return stated.every((name) => shown.has(name.toLowerCase()));
};

/** News stories are signed by a handful of writers at most. */
const MAX_CO_AUTHORS = 4;

/**
 * A visible byline that shares no name with the people the page's metadata names is
 * likely another story's (a teaser, a related link): the page's own statement wins then.
 */
const bylineDisagrees = (byline: readonly string[], statedNames: readonly string[]): boolean => {
  // `Ann Lee/Bo Chan` in one meta value states the byline's two names.
  const people = statedNames
    .flatMap((name) => [name, ...splitByline(name)])
    .filter(isFullName)
    .map((name) => name.toLowerCase());
  return people.length > 0 && !byline.some((name) => people.includes(name.toLowerCase()));
};

/**
 * `Troy Smith, Cleveland.com`, `Ann Lee, Acme GmbH`: a writer credited with the outlet
 * they wrote for, after a comma. The outlet is dropped when it is shaped like an
 * organisation, so the writer is compared and kept alone.
 */
const withoutOutletCredit = (name: string): string => {
  const parts = name.split(COMMA);
  while (parts.length > 1 && looksLikeOrganisation(parts.at(-1) ?? '')) parts.pop();
  return parts.join(', ');
};

const COMMA = /\s*,\s*/;

/** `Site | Jane Doe`: some pages put the publisher beside the author in one meta value. */
const META_AUTHOR_SEPARATOR = /\s+\|\s+/;

/**
 * `By TOM KRISHER, AP Auto Writer`, `By Ann Lee And Bo Chan For The Post`: CMSs copy the
 * printed byline line into the structured author's name. A value that opens with a
 * byline label is read as a byline (names split, the role and the outlet cut); any other
 * value is one name as stated.
 */
const bylineLineNames = (value: string): string[] => {
  if (!opensWithBylineLabel(value)) return [value];
  const names = splitByline(value);
  return names.length > 0 ? names : [value];
};
