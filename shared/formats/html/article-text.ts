import { spendWork } from '../../domain/work-budget.ts';
import { inForeignRegion, inPageChrome, NO_TEXT } from './date-regions.ts';
import { firstNamed, type HtmlDocument, type HtmlNode, isElement } from './dom.ts';

/**
 * The page's text outside the regions that speak of other things, up to `maxChars`:
 * `article` leaves out readers' comments, related-article and teaser lists, sidebars,
 * the site's navigation and footer; `page` only the navigation, the footer and what is
 * never shown (a page made of posts, such as a thread, is all "comments").
 */
export const pageTextIn = (
  document: HtmlDocument,
  scope: 'article' | 'page',
  maxChars: number,
): string => {
  const excluded = scope === 'article' ? inForeignRegion : inPageChrome;
  const root = firstNamed(document, 'body') ?? document;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: HtmlNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined && length < maxChars; node = stack.pop()) {
    visited += 1;
    if (node.type === 'text' && 'data' in node && node.data.trim() !== '') {
      if (!excluded(node)) {
        parts.push(node.data);
        length += node.data.length + 1;
      }
      continue;
    }
    if (!isElement(node) || NO_TEXT.has(node.name)) continue;
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      stack.push(node.children[index] as HtmlNode);
    }
  }
  spendWork(visited + length, 'html-article-text');
  return parts.join(' ').replace(SPACES, ' ').slice(0, maxChars);
};

const SPACES = /\s+/g;
