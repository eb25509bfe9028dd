import { DomUtils } from 'htmlparser2';
import { findDateInText } from '../../text/date-text.ts';
import { monthOf } from '../../text/month-names.ts';
import { attr, elementsNamed, type HtmlDocument, type HtmlElement, textOf } from './dom.ts';

/**
 * Headings that may carry a page's headline: `full` is the text as shown, which is what
 * the page's stated titles repeat; `text` drops a kicker (`<span class="kicker">Genetics</span>`),
 * the topic label set above or before a headline, which is no part of it.
 */
export interface Heading {
  full: string;
  text: string;
  element: HtmlElement;
}

/**
 * Pages have one headline; later headings are section titles or teasers, and checking
 * them costs time. Empty headings, ones that only name the site (a logo) and ones in a
 * breadcrumb trail don't count.
 */
const MAX_HEADINGS_CHECKED = 3;

export const headingsNamed = (
  document: HtmlDocument,
  name: string,
  site: string | undefined,
): Heading[] => headingsOf(elementsNamed(document, name), site);

/** Visible elements microdata marks as the headline (not `<meta itemprop>`). */
export const markedHeadlines = (document: HtmlDocument, site: string | undefined): Heading[] =>
  headingsOf(
    DomUtils.findAll(
      (element) =>
        element.name !== 'meta' && attr(element, 'itemprop')?.toLowerCase() === 'headline',
      document.children,
    ),
    site,
  );

/**
 * A heading hidden from sight, by its own class or a close wrapper's: for screen readers
 * only (`sr-only`, `aural`, `assistive-text`, German `unsichtbar`, `no-visible`), or by
 * `aria-hidden`. Accessible templates label their navigation,
 * service menus and logo this way (`<h1 class="aural">Navigation und Service</h1>`),
 * ahead of the story's headline; a headline is shown.
 */
export const isHiddenHeading = (element: HtmlElement): boolean => {
  let node: unknown = element;
  // The heading, or a wrapper just above it (`<header class="no-visible"><h1>Site</h1>`).
  for (let level = 0; level <= MAX_HIDDEN_LEVELS; level += 1) {
    if (!node || typeof node !== 'object' || !('attribs' in node)) return false;
    const current = node as HtmlElement;
    if (PAGE_ELEMENTS.has(current.name)) return false;
    if (current.attribs['aria-hidden'] === 'true') return true;
    if (namesOf(current).some((name) => HIDDEN_CLASS.test(name))) return true;
    node = current.parent;
  }
  return false;
};

/** A wrapper that hides a heading holds it closely: a level or two. */
const MAX_HIDDEN_LEVELS = 2;

const HIDDEN_CLASS =
  /^(?:hide|hidden|invisible|element-invisible|no-?visible|unsichtbar|offscreen|a11y-hidden|(?:[a-z\d]+-{1,2})?(?:aural|sr-only|visually-?hidden|visuallyhidden|screen-reader-(?:text|only)|assistive(?:-text)?))$/i;

export const headingsOf = (
  elements: readonly HtmlElement[],
  site: string | undefined,
): Heading[] => {
  const siteKey = site === undefined ? '' : lettersOf(site);
  const headings: Heading[] = [];
  for (const element of elements.slice(0, MAX_HEADINGS_SEEN)) {
    const full = textOf(element);
    if (full === '' || ANNOUNCES.test(full) || isDateOnly(full)) continue;
    if (isLabel(element) || isHiddenHeading(element)) {
      continue;
    }
    if (inBreadcrumb(element) || inSiteBanner(element)) continue;
    // The site's name in a heading is its logo, however it is spaced or cased.
    if (siteKey !== '' && lettersOf(full) === siteKey) continue;
    headings.push({ full, text: withoutKicker(element, full), element });
    if (headings.length === MAX_HEADINGS_CHECKED) break;
  }
  return headings;
};

/**
 * A heading whose own class or id names it a label set above the headline: a kicker,
 * a "shoulder" (Japanese templates' 肩 line), a tagline, the page's category
 * (`<h1 class="header-shoulder">`, `<h1 id="pagecategory">`). Templates use `<h1>` for
 * these on pages whose headline sits in a later heading.
 */
const LABEL_HEADING = /kicker|overline|eyebrow|shoulder|tagline|slogan|category/i;

const isLabel = (element: HtmlElement): boolean =>
  namesOf(element).some((name) => LABEL_HEADING.test(name));

export const namesOf = (element: HtmlElement): string[] =>
  `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.split(SPACES).filter(Boolean);

const KICKER = /kicker|overline|topline|dachzeile|eyebrow|roofline|supertitle|pretitle/i;
const LEADING_SEPARATOR = /^[\s:|–—·-]+/;

const withoutKicker = (element: HtmlElement, full: string): string => {
  const kicker = DomUtils.findOne(
    (child) => KICKER.test(attr(child, 'class') ?? ''),
    element.children,
  );
  const label = kicker ? textOf(kicker) : '';
  if (label === '') return full;
  // Some templates set the topline (date, type, number) after the headline, in its `<h1>`.
  const rest = full.startsWith(label)
    ? full.slice(label.length).replace(LEADING_SEPARATOR, '')
    : full.endsWith(label)
      ? full.slice(0, -label.length).replace(TRAILING_SEPARATOR, '')
      : '';
  return rest === '' ? full : rest;
};

const TRAILING_SEPARATOR = /[\s:|–—·-]+$/;

/** `Read also:`, `Leggi anche:`: a heading ending in a colon announces a list, no story. */
const ANNOUNCES = /:\s*$/;

/**
 * `Friday, December 23, 2016`, `Samstag, 5. Oktober 2013`: blog templates head each
 * day's posts with the date, in an `<h2>` above the post's own title. A date is no
 * headline: every word is a number or a month, but for one (the weekday).
 */
const isDateOnly = (text: string): boolean => {
  if (text.length > MAX_DATE_HEADING_CHARS) return false;
  const words = text.split(DATE_WORD_BREAK).filter(Boolean);
  const others = words.filter((word) => !DIGITS.test(word) && monthOf(word) === 0);
  return others.length <= 1 && findDateInText(text, { dayFirst: true }) !== null;
};

const MAX_DATE_HEADING_CHARS = 40;
const DATE_WORD_BREAK = /[\s,./-]+/;
const DIGITS = /^\d+(?:st|nd|rd|th)?$/;

/** Headings looked at before enough usable ones are found: logos and trails come first. */
const MAX_HEADINGS_SEEN = 40;

const lettersOf = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The site's banner: `role="banner"`, or a wrapper whose class or id opens with the
 * logo's or the site's name (`site-title`, `logo`, `masthead`, `brand`). An `<h1>` there is
 * the site, not the story. The walk ends at an `<article>`, `<main>` or `<body>`: a
 * banner never holds those, and their classes describe the page, not a logo.
 */
const SITE_BANNER =
  /^(?:logo|masthead|brand(?:ing)?|site-?(?:title|name|logo|branding|header__logo))/i;
const BANNER_ENDS = new Set(['article', 'main', 'body', 'html']);
/** Levels above a heading searched for the banner: a logo sits a few wrappers deep. */
const MAX_BANNER_LEVELS = 4;

export const inSiteBanner = (element: HtmlElement): boolean => {
  let node: HtmlElement | null = element;
  for (let level = 0; node && level <= MAX_BANNER_LEVELS; level += 1) {
    if (BANNER_ENDS.has(node.name)) return false;
    const { class: className, id, role } = node.attribs;
    const names = `${className ?? ''} ${id ?? ''}`.split(SPACES);
    if (role === 'banner' || names.some((name) => SITE_BANNER.test(name))) return true;
    const parent: unknown = node.parent;
    node =
      parent && typeof parent === 'object' && 'attribs' in parent ? (parent as HtmlElement) : null;
  }
  return false;
};

const SPACES = /\s+/;

const BREADCRUMB = /breadcrumb/i;

/** The element that holds a breadcrumb trail sits a few levels above its steps. */
const BREADCRUMB_DEPTH = 6;
/**
 * Page-wide elements: their classes are site flags and themes, not a trail; and a
 * story's `<article>` or `<main>`, which a trail never wraps (`<article class="url-breadcrumb">`
 * names a script hook).
 */
const PAGE_ELEMENTS = new Set(['body', 'html', 'article', 'main']);

/** Some pages repeat the headline as the last step of a breadcrumb trail, in an `<h1>`. */
const inBreadcrumb = (element: HtmlElement): boolean => {
  let depth = 0;
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    if (PAGE_ELEMENTS.has(node.name) || ++depth > BREADCRUMB_DEPTH) return false;
    const hints = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''} ${node.attribs.itemtype ?? ''} ${node.attribs['aria-label'] ?? ''}`;
    if (BREADCRUMB.test(hints)) return true;
  }
  return false;
};
