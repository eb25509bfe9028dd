import { DomUtils } from 'htmlparser2';
import { isFullName, splitByline } from '../../text/byline.ts';
import { attr, type HtmlDocument, type HtmlElement, textOf } from './dom.ts';

/**
 * Links to a writer's or a user's page, the last places a page names its author: the
 * first such link that reads as a name, and, with no link at all, a syndication
 * provider's name (portals credit the source that wrote the story).
 */

/** Links to a writer's page: `/author/`, `/by/`, `/people/`, `/staff/`, `/profile/`... */
export const AUTHOR_HREF =
  /\/(?:authors?|by|people|staff|profiles?|writers?|journalists?|autor(?:en)?|redaktion|contributors?)\//i;
/** Links to a member's page (`/u/name`, `/user/name/`): forums, paste sites, communities. */
const USER_HREF = /\/(?:u|users?|members?)\/[^/?#]+\/?(?:[?#].*)?$/i;
/** Account links share the user paths: `/user/login`, `/users/register`... */
const ACCOUNT_PAGE =
  /^(?:log-?in|log-?out|sign-?in|sign-?up|sign-?out|register|account|settings|preferences|password|edit|profile|me|community|newsletters?)$/;
/** `u/name`, `@name`: how communities write a member's handle. */
const HANDLE_MARK = /^(?:u\/|@)/i;
const NOT_SLUG_CHARS = /[^\p{L}\p{N}]+/gu;
const SLUG_EDGES = /^-+|-+$/g;

export const isAuthorLinkElement = (element: HtmlElement): boolean =>
  element.name === 'a' && !isLicenseLink(element) && AUTHOR_HREF.test(attr(element, 'href') ?? '');

/** Licence links point at `/licenses/by/4.0/`, which reads like an author path. */
const isLicenseLink = (element: HtmlElement): boolean =>
  (attr(element, 'rel') ?? '').toLowerCase().split(' ').includes('license') ||
  LICENSE_HREF.test(attr(element, 'href') ?? '');

const LICENSE_HREF = /\/licen[cs]es?\//i;

/**
 * The first link to an author's page whose text reads as a full name, or to an author's
 * or member's page whose text is the page's own slug (`Smart Shopping Team` ->
 * `/authors/smart-shopping-team`): a site names its writers' pages after them, so the
 * match vouches for names a byline rule would doubt (one word, `Team`).
 */
export const readAuthorLink = (document: HtmlDocument): string[] => {
  let names: string[] = [];
  DomUtils.findOne((element) => {
    names = element.name === 'a' && !isLicenseLink(element) ? namesOfLink(element) : [];
    // Where the link sits is checked last: few links name an author, every link has a place.
    if (names.length > 0 && (inNavigation(element) || inRunningText(element))) names = [];
    return names.length > 0;
  }, document.children);
  return names.length > 0 ? names : providerName(document);
};

/**
 * Whether a link sits in the site's navigation (`<nav>`, a `menu-item`, a `navbar`):
 * menus list the site's columnists, not the article's writer.
 */
const inNavigation = (element: HtmlElement): boolean => {
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    // The body's and the root's classes describe the whole page (`has-nav`), not a menu.
    if (node.name === 'body' || node.name === 'html') return false;
    if (node.name === 'nav') return true;
    const names = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`.split(/\s+/);
    if (names.some((name) => NAVIGATION.test(name))) return true;
  }
  return false;
};

/**
 * Whether a link sits in a paragraph of running text: a story links the people it
 * mentions to their topic pages (`/topics/people/...`), while a byline's paragraph holds
 * little more than the names.
 */
const inRunningText = (link: HtmlElement): boolean => {
  for (let node = link.parent; node && 'attribs' in node; node = node.parent) {
    if (node.name === 'p') return textOf(node).length > MAX_BYLINE_PARAGRAPH_CHARS;
  }
  return false;
};

/** A byline's paragraph: names, a label, a date and a role or two. */
const MAX_BYLINE_PARAGRAPH_CHARS = 200;

/** Class or id names of menus: `menu`, `menu-item`, `main-nav`, `navbar`, `site-navigation`. */
const NAVIGATION = /(?:^|[-_])(?:menu|nav|navbar|navigation)(?:[-_]|$)/i;

const namesOfLink = (link: HtmlElement): string[] => {
  const href = attr(link, 'href') ?? '';
  const isAuthorPage = AUTHOR_HREF.test(href);
  if (!isAuthorPage && !USER_HREF.test(href)) return [];
  const text = textOf(link);
  const slug = slugOf(text.replace(HANDLE_MARK, ''));
  if (slug !== '' && slug === lastSegment(href)) return [text];
  return isAuthorPage ? splitByline(text).filter(isFullName) : [];
};

const slugOf = (text: string): string =>
  text.toLowerCase().replace(NOT_SLUG_CHARS, '-').replace(SLUG_EDGES, '');

/** The link's last path segment as a slug, or '' for account pages and author indexes. */
const lastSegment = (href: string): string => {
  const path = href.split(/[?#]/)[0] ?? '';
  const segment = path.split('/').filter(Boolean).at(-1) ?? '';
  const slug = slugOf(safeDecode(segment));
  return ACCOUNT_PAGE.test(slug) || AUTHOR_HREF.test(`/${slug}/`) || USER_DIR.test(slug)
    ? ''
    : slug;
};

const USER_DIR = /^(?:u|users?|members?)$/;

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** `class="provider-name"`: the source a news portal credits for a syndicated story. */
const PROVIDER_CLASS = /(?:^|\s)provider-?name(?:\s|$)/i;

const providerName = (document: HtmlDocument): string[] => {
  const provider = DomUtils.findOne(
    (element) => PROVIDER_CLASS.test(attr(element, 'class') ?? ''),
    document.children,
  );
  const name = provider ? textOf(provider) : '';
  return name === '' ? [] : [name];
};
