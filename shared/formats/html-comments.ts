import type { HtmlElement } from './html-dom.ts';

/**
 * Whether an element sits in a readers' comment thread (`id="comments"`,
 * `class="comment-list"`, ...): comments carry dates of their own, later than the article.
 */
export const inCommentThread = (element: HtmlElement): boolean => {
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    const { class: className, id } = node.attribs;
    if (COMMENTS.test(`${className ?? ''} ${id ?? ''}`)) return true;
  }
  return false;
};

const COMMENTS = /comment|repl(?:y|ies)|discussion|disqus/i;
