import { spendWork } from '../../domain/work-budget.ts';
import { opensForeignRegion, opensPageChrome } from './date-regions.ts';
import { firstNamed, type HtmlDocument, type HtmlNode, isElement } from './dom.ts';

/**
 * The page's text outside the regions that speak of other things, up to `maxChars`:
 * `article` leaves out readers' comments, related-article and teaser lists, sidebars,
 * the site's navigation and footer; `page` only the navigation, the footer and what is
 * never shown (a page made of posts, such as a thread, is all "comments"). One walk down
 * the tree that skips such a region whole where it opens.
 */
export const pageTextIn = (
  document: HtmlDocument,
  scope: 'article' | 'page',
  maxChars: number,
): string => {
  const root = firstNamed(document, 'body') ?? document;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: Array<{ node: HtmlNode; inArticle: boolean }> = [...root.children]
    .reverse()
    .map((node) => ({ node, inArticle: false }));
  for (let entry = stack.pop(); entry !== undefined && length < maxChars; entry = stack.pop()) {
    const { node, inArticle } = entry;
    visited += 1;
    if (node.type === 'text' && 'data' in node) {
      parts.push(node.data);
      length += node.data.length + 1;
      continue;
    }
    if (!isElement(node) || opensPageChrome(node, inArticle)) continue;
    if (scope === 'article' && opensForeignRegion(node)) continue;
    const inside = inArticle || node.name === 'article';
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.children[index] as HtmlNode, inArticle: inside });
    }
  }
  spendWork(visited + length, 'html-article-text');
  return parts.join(' ').replace(SPACES, ' ').slice(0, maxChars);
};

const SPACES = /\s+/g;
