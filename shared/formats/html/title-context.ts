import { findElement } from '../markup/index.ts';
import {
  attr,
  elementsNamed,
  firstNamed,
  type HtmlDocument,
  type HtmlElement,
  textOf,
} from './dom.ts';
import { jsonLdBreadcrumbNames } from './json-ld.ts';

/**
 * What a page says about itself that a title may carry besides its headline: the site's
 * name (beyond `og:site_name`) and the section the article is filed under.
 */

/** ` » `, ` | `, ` - `, ` – `, ` — `, ` : `: how feed titles join the site and the feed. */
const FEED_TITLE_SEPARATOR = /\s+[»|–—:-]\s+|\s*[»｜]\s*/;
const FEED_TYPE = /^application\/(?:rss|atom)\+xml$/i;
/** The part of a feed's title that names the feed (`Feed`, `Kommentar-Feed`, `RSS 2.0`). */
const FEED_WORDS = /(?:^|[^\p{L}])(?:feeds?|rss|atom)(?:$|[^\p{L}])/iu;
/** A page lists a handful of feeds; later `<link>`s add nothing. */
const MAX_FEED_LINKS = 8;

/**
 * The site's name as its feeds title themselves: `<link rel="alternate"
 * type="application/rss+xml" title="Daily Bridge » Feed">` (or `Politik RSS-Feed -
 * hessenschau.de`) names the site on every page of it: the one part beside the part
 * that names the feed. A feed title without a feed part (some pages give the article's
 * own title) names nothing.
 */
export const feedSiteNames = (document: HtmlDocument): string[] => {
  // Feed links sit in the head: the body's walk is spared.
  const head = firstNamed(document, 'head') ?? document;
  const titles = elementsNamed(head, 'link')
    .filter((link) => FEED_TYPE.test(attr(link, 'type') ?? ''))
    .map((link) => attr(link, 'title') ?? '')
    .filter((title) => title !== '')
    .slice(0, MAX_FEED_LINKS);
  const names: string[] = [];
  for (const title of titles) {
    const parts = title.split(FEED_TITLE_SEPARATOR).map((part) => part.trim());
    const others = parts.filter((part) => !FEED_WORDS.test(part));
    const name = others.length === 1 && others.length < parts.length ? others[0] : '';
    // A post's own comment feed names the post: the site is in every feed's title.
    if (name && !names.includes(name) && titles.every((other) => other.includes(name))) {
      names.push(name);
    }
  }
  return names;
};

/**
 * A title part repeated after a separator by two stated titles whose heads differ
 * (`<title>Bridge opens | Daily Bridge</title>` beside og:title `Bridge opens at last |
 * Daily Bridge`): the shared tail is the site's name, not part of either headline. A
 * site's name is short and shorter than the headlines before it; a long shared tail
 * (`Site - Section - Headline`) is the headline itself.
 */
export const repeatedTail = (titles: readonly string[], separator: RegExp): string | undefined => {
  const split = titles.map((title) => title.split(separator)).filter((parts) => parts.length > 1);
  for (const [index, parts] of split.entries()) {
    const tail = parts.at(-1) ?? '';
    if (tail.length > MAX_SITE_NAME_CHARS || !shorterThanHeads(tail, parts)) continue;
    const other = split
      .slice(index + 1)
      .find(
        (next) => next.at(-1) === tail && next.slice(0, -1).join() !== parts.slice(0, -1).join(),
      );
    if (other) return tail;
  }
  return undefined;
};

/** Site names run to a few words. */
const MAX_SITE_NAME_CHARS = 40;

const shorterThanHeads = (tail: string, parts: readonly string[]): boolean =>
  parts.slice(0, -1).join(' ').length > tail.length;

/**
 * Sections an article is filed under: `article:section`, a breadcrumb trail's steps, and
 * the steps of a JSON-LD `BreadcrumbList`.
 */
export const sectionNames = (document: HtmlDocument): string[] => {
  const names = elementsNamed(document, 'meta')
    .filter(
      (meta) => (attr(meta, 'property') ?? attr(meta, 'name'))?.toLowerCase() === 'article:section',
    )
    .map((meta) => attr(meta, 'content') ?? attr(meta, 'value') ?? '');
  return [...names, ...breadcrumbSteps(document), ...jsonLdBreadcrumbNames(document)].filter(
    (name) => name !== '',
  );
};

const BREADCRUMB = /breadcrumb/i;
const TRAIL_ELEMENTS = new Set(['nav', 'ol', 'ul', 'div', 'p']);
/** A trail runs to a few steps; a longer list is navigation named so by accident. */
const MAX_BREADCRUMB_STEPS = 8;

/** The link texts of the first breadcrumb trail (`class="breadcrumb"`, BreadcrumbList). */
const breadcrumbSteps = (document: HtmlDocument): string[] => {
  const trail = findElement(
    (element) => TRAIL_ELEMENTS.has(element.name) && isBreadcrumb(element),
    document.children,
    'html-breadcrumb',
  );
  if (!trail) return [];
  return elementsNamed(trail, 'a')
    .slice(0, MAX_BREADCRUMB_STEPS)
    .map((link) => textOf(link) || (attr(link, 'title') ?? ''));
};

const isBreadcrumb = (element: HtmlElement): boolean =>
  BREADCRUMB.test(
    `${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${element.attribs.itemtype ?? ''} ${element.attribs['aria-label'] ?? ''}`,
  );

/** Headings looked at for logos: a page's logo comes among the first. */
const MAX_LOGO_HEADINGS = 40;
/** A class or id with `logo` as one of its parts: `logo`, `navi-bar__logo--title`, `bb-nav-logo`. */
const LOGO_PART = /(?:^|[-_])logo(?:$|[-_])/i;
/** Levels above a heading searched for a logo: it sits a wrapper or two deep. */
const MAX_LOGO_LEVELS = 3;
const LOGO_ENDS = new Set(['article', 'main', 'body', 'html']);

/**
 * Texts of `<h1>`/`<h2>` elements that are the site's logo: the heading, or a wrapper
 * just above it, has `logo` as a part of its class or id (`<a class="logo"><h1>`,
 * `<h1 class="nav-logo">`), or the heading's one link goes to the site's home page
 * (`<h1><a href="https://site.example/"><img alt="Site"></a></h1>`: a logo links home,
 * a headline links to its story or nowhere). Templates set the logo in the first `<h1>`; with no stated
 * title to agree with, it would be taken for the headline. Wider than the banner test
 * of `headings.ts` (a class that opens with `logo`), which also guards stated titles.
 */
export const logoHeadingTexts = (document: HtmlDocument): Set<string> => {
  const logos = new Set<string>();
  for (const name of ['h1', 'h2']) {
    for (const heading of elementsNamed(document, name).slice(0, MAX_LOGO_HEADINGS)) {
      if (inLogo(heading) || linksHome(heading)) logos.add(textOf(heading));
    }
  }
  return logos;
};

const inLogo = (heading: HtmlElement): boolean => {
  let node: HtmlElement | undefined = heading;
  for (let level = 0; node && level <= MAX_LOGO_LEVELS; level += 1) {
    if (LOGO_ENDS.has(node.name)) return false;
    const parts = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`.split(SPACES);
    if (parts.some((part) => LOGO_PART.test(part))) return true;
    const parent: unknown = node.parent;
    node =
      parent && typeof parent === 'object' && 'attribs' in parent
        ? (parent as HtmlElement)
        : undefined;
  }
  return false;
};

const SPACES = /\s+/;

/** Links read for the site's name: the logo's home link comes in the page's header. */
const MAX_HOME_LINKS_SEEN = 200;
/** Site names run to a few words; a longer home-link text is a teaser or a sentence. */
const MAX_HOME_NAME_CHARS = 60;

/**
 * Names the page gives the link to its own home page: the link's text, its `title`, the
 * `alt` of its logo image (`<a href="/" title="Daily Bridge"><img alt="Daily Bridge">`).
 * Every site links home with its name, so a `<title>` part one of them repeats
 * (`Headline - Daily Bridge`) is the site's name even with `og:site_name` gone.
 */
export const homeLinkNames = (document: HtmlDocument, host: string | undefined): string[] => {
  const names = new Set<string>();
  for (const link of elementsNamed(document, 'a').slice(0, MAX_HOME_LINKS_SEEN)) {
    if (!isOwnHome(attr(link, 'href')?.trim() ?? '#', host)) continue;
    const images = elementsNamed(link, 'img').map((image) => attr(image, 'alt') ?? '');
    for (const name of [textOf(link), attr(link, 'title') ?? '', ...images]) {
      const trimmed = name.trim();
      if (trimmed !== '' && trimmed.length <= MAX_HOME_NAME_CHARS) names.add(trimmed);
    }
  }
  return [...names];
};

/**
 * The page's own home: `/`, or the root of its own host (`https://www.site.example/`);
 * a root on another host is a partner's or a widget's, named for them.
 */
const isOwnHome = (href: string, host: string | undefined): boolean => {
  const root = href.match(HOME_ADDRESS);
  if (!root) return false;
  if (!root[1]) return true;
  return host !== undefined && root[1].toLowerCase().replace(WWW, '') === host;
};
const WWW = /^www\./i;

/** `/`, `https://site.example`, `//site.example/`: an address that is a site's root. */
const HOME_ADDRESS = /^(?:(?:https?:)?\/\/([^/?#]+))?\/?$/i;

const linksHome = (heading: HtmlElement): boolean => {
  const links = elementsNamed(heading, 'a');
  const href = links.length === 1 ? attr(links[0] as HtmlElement, 'href')?.trim() : undefined;
  return href !== undefined && href !== '' && HOME_ADDRESS.test(href);
};
