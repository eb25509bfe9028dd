import { findElements } from '../markup/index.ts';
import type { HtmlDocument, HtmlElement } from './dom.ts';
import { type Heading, headingsOf, isHiddenHeading, namesOf } from './headings.ts';

/**
 * The page's `<h1>`-`<h3>` whose class names them a story's headline (`<h2 class="headline">`,
 * `article-headline`), in page order: one walk, which both readings below take. A
 * component's headline (`c-serviceNav__headline`, `teaser-headline`) heads a menu or a
 * teaser, and a hidden one is for screen readers (`isHiddenHeading`): neither counts.
 */
export const classedHeadlineElements = (document: HtmlDocument): HtmlElement[] =>
  findElements(
    (element) => CLASSED_LEVELS.has(element.name) && isStoryHeadline(element),
    document.children,
    'html-search',
  );

const CLASSED_LEVELS = new Set(['h1', 'h2', 'h3']);

/**
 * The classed `<h2>`s and `<h3>`s: templates that set the logo in the `<h1>` say so where
 * the headline sits, after menus whose `<h2>`s would use up the headings looked at.
 */
export const classedSubHeadlines = (
  classed: readonly HtmlElement[],
  site: string | undefined,
): Heading[] =>
  headingsOf(
    classed.filter((element) => element.name !== 'h1'),
    site,
  );

/**
 * The one classed heading of the page, if there is exactly one: a page showing one
 * story marks one headline, and templates set the blog's name, a section or a widget in
 * an earlier unclassed `<h1>`. Classes a page repeats head teasers of other stories (a
 * related list, a mega menu), so two or more mark none.
 */
export const soleClassedHeadline = (
  classed: readonly HtmlElement[],
  site: string | undefined,
): Heading | undefined => (classed.length === 1 ? headingsOf(classed, site)[0] : undefined);

/** Levels walked up looking for the story's `<article>`: deep templates nest a dozen. */
const MAX_STORY_LEVELS = 30;

/**
 * A heading inside an `<article>`: the story's own block, whose `<h1>` is its headline
 * (a post-title below it heads a related post).
 */
export const inArticle = (element: HtmlElement): boolean => {
  let node: unknown = element.parent;
  for (let level = 0; level < MAX_STORY_LEVELS; level += 1) {
    if (!node || typeof node !== 'object' || !('attribs' in node)) return false;
    const parent = node as HtmlElement;
    if (parent.name === 'article') return true;
    node = parent.parent;
  }
  return false;
};

const isStoryHeadline = (element: HtmlElement): boolean =>
  namesOf(element).some((name) => STORY_HEADLINE_CLASS.test(name)) && !isHiddenHeading(element);

/**
 * `headline`, `article-headline` (also after the site's prefix: `xyz-article-headline`),
 * and the post's title as blog templates mark it: the hAtom microformat's `entry-title`
 * (WordPress, Blogger; `entry__title` in BEM), `post-title`, `storytitle` (older WordPress
 * themes), in an `<h2>` or an `<h3>` below the blog's name and the day's date.
 */
const STORY_HEADLINE_CLASS =
  /^(?:headline|(?:[a-z\d]+-)?(?:story|article|post|entry|news)[-_]{1,2}headline|(?:entry|post|story|article)(?:-|__)?title)$/i;
