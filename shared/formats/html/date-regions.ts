import { spendWork } from '../../domain/work-budget.ts';
import { type HtmlElement, type HtmlNode, isElement } from './dom.ts';
import { inCommentThread, inOtherArticles } from './regions.ts';

/*
 * Where a date sits decides whose date it is. The region tests read only a node's
 * ancestors, so they serve text nodes as well as elements.
 */

/**
 * Whether a date at `node` belongs to something other than the article: a readers'
 * comment, a list of other articles or a sidebar, the page's own footer or navigation
 * (copyright years, archive links), or markup that is never shown. Used for what the
 * page shows in text, where a sidebar's dates are as visible as the article's.
 */
export const inForeignRegion = (node: HtmlNode): boolean =>
  inPageChrome(node) ||
  inCommentThread(node as HtmlElement) ||
  inOtherArticles(node as HtmlElement) ||
  inQuotedPost(node);

/**
 * Whether a machine-readable date (`<time datetime>`, microdata) at `node` dates another
 * text: a comment, a teaser or related-links list, an embedded post, the page's chrome. Sidebars are not
 * enough here: layouts put the article's own date and byline in a `sidebar` column, and
 * markup there is still the article's; a list of other articles names itself so.
 */
export const inOtherTexts = (node: HtmlNode): boolean =>
  inPageChrome(node) ||
  inCommentThread(node as HtmlElement) ||
  inTeaserList(node) ||
  inQuotedPost(node);

/**
 * Whether what `node` holds is in a foreign region: the node itself is one (`<aside>`,
 * `class="related-posts"`, a page `<footer>`) or sits in one. Its first child's
 * ancestors are the node and the node's ancestors.
 */
export const holdsForeignContent = (node: HtmlNode): boolean => {
  const first = isElement(node) ? node.children[0] : undefined;
  return inForeignRegion(first === undefined ? node : (first as HtmlNode));
};

/**
 * The foreign-region test for nodes near `headline`. A region that holds the headline is
 * the article's own, whatever its names say: layouts put the article's header in a
 * `sidebar` column, or the whole article in a wrapper a list of teasers also uses. When
 * the headline sits in such a region, a node counts as foreign only for the regions it
 * opens below the headline's ancestors (a related list, a comment block, an embed under
 * the byline); otherwise the plain test (`holdsForeignContent`) applies.
 */
export const foreignNearHeadline = (headline: HtmlElement): ((node: HtmlNode) => boolean) => {
  if (!inForeignRegion(headline)) return holdsForeignContent;
  const headlineAncestors = new Set<unknown>();
  for (let current = headline.parent; current; current = current.parent) {
    headlineAncestors.add(current);
  }
  charged(headlineAncestors.size, false);
  return (node) => opensRegionBelow(node, headlineAncestors);
};

/** Whether `node` or an ancestor below the shared ones opens a foreign region. */
const opensRegionBelow = (node: HtmlNode, shared: ReadonlySet<unknown>): boolean => {
  let depth = 0;
  for (let current: HtmlNode | null = node; current && !shared.has(current); ) {
    depth += 1;
    if (isElement(current) && (opensForeignRegion(current) || opensPageChrome(current, true))) {
      return charged(depth, true);
    }
    const parent: HtmlNode['parent'] = current.parent;
    current = parent && parent.type !== 'root' ? (parent as HtmlNode) : null;
  }
  return charged(depth, false);
};

/** Elements whose text is never shown: a date in them is code or a template. */
export const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/**
 * Whether the node sits in unshown markup, in the site's navigation, or in a page
 * footer. An article's own footer (`<footer>`, `role="contentinfo"`) holds its byline
 * and date, so a footer counts only when it is not inside an article: an `<article>` or
 * an element that marks itself up as one (see `isArticleElement`). One walk up the
 * ancestors, charged.
 */
export const inPageChrome = (node: HtmlNode): boolean => {
  let depth = 0;
  let footer = false;
  for (let current = node.parent; current && 'name' in current; current = current.parent) {
    depth += 1;
    if (NO_TEXT.has(current.name) || current.name === 'nav') return charged(depth, true);
    if (isArticleElement(current)) return charged(depth, false);
    if (current.name === 'footer' || current.attribs.role === 'contentinfo') footer = true;
  }
  // Twice: the other region tests walk the same ancestors again.
  return charged(depth * 2, footer);
};

/**
 * Whether the element is the article: an `<article>`, or any element whose microdata
 * types it as one (`<div itemscope itemtype="https://schema.org/NewsArticle">`), the
 * way templates without HTML5 sectioning mark the story's wrapper.
 */
const isArticleElement = (element: HtmlElement): boolean =>
  element.name === 'article' || ARTICLE_ITEMTYPE.test(element.attribs.itemtype ?? '');

/** schema.org's types for a written story (`Article` and its kinds, `BlogPosting`). */
const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting)\b/i;

/**
 * Whether the element itself (its ancestors aside) is page chrome: unshown markup, the
 * site's navigation, or a footer outside any article (`inArticle` says whether one
 * encloses it). For walks down the tree, which skip such a region where it opens.
 */
export const opensPageChrome = (element: HtmlElement, inArticle: boolean): boolean =>
  NO_TEXT.has(element.name) ||
  element.name === 'nav' ||
  (!inArticle && (element.name === 'footer' || element.attribs.role === 'contentinfo'));

/**
 * Whether the element itself opens a comment thread, a list of other articles or an
 * embedded post: the region tests, which read only ancestors, asked about a probe whose
 * one ancestor is a detached copy of the element.
 */
export const opensForeignRegion = (element: HtmlElement): boolean => {
  const alone = { type: element.type, name: element.name, attribs: element.attribs, parent: null };
  const probe = { parent: alone } as unknown as HtmlElement;
  return inCommentThread(probe) || inOtherArticles(probe) || opensQuotedPost(element);
};

/**
 * Class names (a whole name's start) of posts embedded from social networks: a tweet's
 * blockquote ends `— Name (@handle) September 27, 2020`, an Instagram card carries a
 * `<time>`; and WordPress's embed block that wraps them. The date is the post's, quoted
 * in the article, never the article's: news and blog pages embed them everywhere.
 */
const EMBEDDED_POST =
  /^(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed|bluesky-embed|mastodon-embed|wp-block-embed)/i;

/** Whether the element itself is an embedded post or its embed block (see `EMBEDDED_POST`). */
export const opensQuotedPost = (element: HtmlElement): boolean =>
  (element.attribs.class ?? '').split(SPACES).some((name) => EMBEDDED_POST.test(name));

/** Whether the node sits in an embedded post. One walk up the ancestors, charged. */
const inQuotedPost = (node: HtmlNode): boolean => {
  let depth = 0;
  for (let current = node.parent; current && 'attribs' in current; current = current.parent) {
    depth += 1;
    if (opensQuotedPost(current as HtmlElement)) return charged(depth, true);
  }
  return charged(depth, false);
};

/**
 * Class or id names (a whole name, or its first word) of lists of other articles: related
 * links, recommendations, teasers, "most read", "read next", recirculation widgets.
 */
const TEASER_LIST =
  /^(?:related|recommend|teaser|more-(?:stories|news|articles)|most-|popular|trending|read-next|also-read|similar|suggested|latest-|outbrain|taboola)/i;

const inTeaserList = (node: HtmlNode): boolean => {
  let depth = 0;
  for (let current = node.parent; current && 'attribs' in current; current = current.parent) {
    depth += 1;
    const { class: className, id } = current.attribs;
    if (`${className ?? ''} ${id ?? ''}`.split(SPACES).some((name) => TEASER_LIST.test(name))) {
      return charged(depth, true);
    }
  }
  return charged(depth, false);
};

const SPACES = /\s+/;

const charged = (depth: number, result: boolean): boolean => {
  spendWork(depth, 'html-date-region');
  return result;
};
