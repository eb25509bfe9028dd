import { spendWork } from '../../../domain/work-budget.ts';
import { findElement, findElements } from '../../markup/index.ts';
import { type HtmlElement, type HtmlNode, isElement, textOf } from '../dom.ts';

/**
 * What the body's structural elements state beyond their text: whether a table holds
 * data or lays out the page, a table row's cells, a figure's caption and credit, and
 * whether a block quote is an embedded social post.
 */

/** A cell holding this much text holds a story, not a datum: the table is layout. */
const MAX_DATA_CELL_CHARS = 400;

/**
 * Readability's data-table test, simplified: `role="presentation"` and tables holding
 * tables lay out the page; otherwise a table whose cells are short is data.
 */
export const isDataTable = (table: HtmlElement): boolean => {
  const role = table.attribs.role;
  if (role === 'presentation' || role === 'none') return false;
  const nested = findElement((element) => element.name === 'table', table.children, 'html-table');
  if (nested !== undefined) return false;
  const longCell = findElement(
    (element) => CELLS.has(element.name) && textOf(element).length > MAX_DATA_CELL_CHARS,
    table.children,
    'html-table',
  );
  return longCell === undefined;
};

const CELLS = new Set(['td', 'th']);

/** A row's cells as text, and whether it is a header row (all `<th>`, or in `<thead>`). */
export const rowCells = (row: HtmlElement): { cells: string[]; header: boolean } => {
  const cells = row.children.filter(
    (child): child is HtmlElement => isElement(child) && CELLS.has(child.name),
  );
  spendWork(row.children.length, 'html-table');
  const inHead = row.parent !== null && 'name' in row.parent && row.parent.name === 'thead';
  return {
    cells: cells.map(textOf),
    header: cells.length > 0 && (inHead || cells.every((cell) => cell.name === 'th')),
  };
};

/**
 * Photo credits inside a caption name themselves so (`<span class="credit">`,
 * `class="caption__source"`, `class="photographer"`) across publishing systems.
 */
const CREDIT_MARK = /credit|copyright|photographer|attribution|(?:^|[-_ ])source(?:$|[-_ ])/i;

/** A figure's caption, with the credit apart, from its `<figcaption>` (or the element itself). */
export const figureCaption = (
  element: HtmlElement,
): { caption: string; credit?: string } | undefined => {
  const caption =
    element.name === 'figcaption'
      ? element
      : findElement((node) => node.name === 'figcaption', element.children, 'html-figure');
  if (caption === undefined) return undefined;
  const creditParts: string[] = [];
  const textParts: string[] = [];
  collectCaption(caption, textParts, creditParts, false);
  const written = splitWrittenCredit(collapse(textParts));
  const text = written.caption;
  const credit = collapse(creditParts).replace(CREDIT_LABEL, '') || written.credit;
  if (text === '' && credit === '') return undefined;
  return text === '' ? { caption: credit } : { caption: text, ...(credit ? { credit } : {}) };
};

const collectCaption = (
  node: HtmlNode,
  text: string[],
  credit: string[],
  inCredit: boolean,
): void => {
  spendWork(1, 'html-figure');
  if (node.type === 'text') {
    (inCredit ? credit : text).push('data' in node ? node.data : '');
    return;
  }
  if (!isElement(node) || NO_TEXT.has(node.name)) return;
  const credited = inCredit || CREDIT_MARK.test(`${node.attribs.class ?? ''}`);
  (credited ? credit : text).push(' ');
  for (const child of node.children) collectCaption(child, text, credit, credited);
  (credited ? credit : text).push(' ');
};

/** A credit written into the caption's text: `... Photo: Ann Lee`, `... (Image: Reuters)`. */
const WRITTEN_CREDIT =
  /\s*\(?\b(?:photo(?:graph)?s?|pictures?|images?|credit|foto|фото)(?: credit)?\s*[:：]\s*([^():：]{1,80}?)\)?$/iu;

/** The label a credit element repeats (`Photo: `, `Image credit: `). */
const CREDIT_LABEL =
  /^\(?(?:photo(?:graph)?s?|pictures?|images?|credit|foto|фото)(?: credit)?\s*[:：]\s*/iu;

const splitWrittenCredit = (text: string): { caption: string; credit: string } => {
  const match = WRITTEN_CREDIT.exec(text);
  if (match === null || match.index === 0) return { caption: text, credit: '' };
  return { caption: text.slice(0, match.index).trim(), credit: (match[1] ?? '').trim() };
};

const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);
const SPACES = /\s+/g;
const collapse = (parts: readonly string[]): string => parts.join('').replace(SPACES, ' ').trim();

/**
 * Embedded social posts: the embed codes platforms hand out mark a `<blockquote>` (or
 * a div) with the platform's class (`twitter-tweet`, `instagram-media`, `tiktok-embed`,
 * `bluesky-embed`, `reddit-embed-bq`, `text-post-media` for Threads, Facebook's `fb-post`,
 * `mastodon-embed`) so their script can replace it; the text stays in the markup for
 * readers without the script. (A page's like-box, `fb-page`, is not a post.)
 */
const EMBED_MARK =
  /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|reddit-embed-bq|reddit-card|text-post-media|fb-post|mastodon-embed|threads-embed)(?:\s|$)/i;

export const isEmbeddedPost = (element: HtmlElement): boolean =>
  EMBED_MARK.test(element.attribs.class ?? '');

/**
 * An embedded post inside a widget the body skips (`<figure class="wp-block-embed">`,
 * `<div class="embed">`), if any; page regions and widget areas inside it (a sidebar's
 * like-box, a comment thread, a footer) are not searched: their posts are not the story's.
 */
export const embeddedPostIn = (element: HtmlElement): HtmlElement | undefined => {
  const pending: HtmlNode[] = [element];
  let visited = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visited += 1;
    if (!isElement(node) || isOutsideStory(node)) continue;
    if (isEmbeddedPost(node)) {
      spendWork(visited, 'html-embed-search');
      return node;
    }
    for (let at = node.children.length - 1; at >= 0; at -= 1) {
      const child = node.children[at];
      if (child !== undefined) pending.push(child);
    }
  }
  spendWork(visited, 'html-embed-search');
  return undefined;
};

const REGIONS = new Set(['nav', 'aside', 'header', 'footer', 'form', 'dialog', 'menu']);
/** Class words of page regions and widget areas (WordPress `widget`, `sidebar`...). */
const REGION_MARK =
  /sidebar|related|recommend|widget|comment|footer|header|(?:^|[-_ ])nav|menu|promo|newsletter/i;

const isOutsideStory = (element: HtmlElement): boolean =>
  REGIONS.has(element.name) ||
  REGION_MARK.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);

/** Longest text kept from one embedded post: a post, not a page the script would load. */
const MAX_EMBED_CHARS = 2000;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** An embedded post's text and the address of the post (its `cite`, permalink or last link). */
export const embeddedPost = (element: HtmlElement): { text: string; cite?: string } => {
  const text = textOf(element).slice(0, MAX_EMBED_CHARS);
  const cite = webAddress(
    element.attribs.cite ??
      element.attribs['data-instgrm-permalink'] ??
      element.attribs['data-href'] ??
      findLastLink(element),
  );
  return cite === undefined ? { text } : { text, cite };
};

const findLastLink = (element: HtmlElement): string | undefined =>
  findElements(
    (node) => node.name === 'a' && Boolean(node.attribs.href),
    element.children,
    'html-embed-links',
  ).at(-1)?.attribs.href;

/** The address a quote names, kept only when it is an http(s) one. */
export const webAddress = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed !== undefined && WEB_ADDRESS.test(trimmed) ? trimmed : undefined;
};
