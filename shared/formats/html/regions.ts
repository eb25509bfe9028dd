import type { HtmlElement } from './dom.ts';

/* Page regions whose dates belong to something other than the article. */

/**
 * Whether an element sits in a readers' comment thread (`id="comments"`,
 * `class="comment-list"`, ...): comments carry dates of their own, later than the article.
 */
export const inCommentThread = (element: HtmlElement): boolean => {
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    const { class: className, id } = node.attribs;
    if (className === undefined && id === undefined) continue;
    if (COMMENTS.test(`${className ?? ''} ${id ?? ''}`)) return true;
  }
  return false;
};

/** `commentary` names an opinion piece (a genre), not readers' comments on it. */
const COMMENTS = /comment(?!ary)|repl(?:y|ies)|discussion|disqus/i;

/**
 * Whether an element sits in a list of other articles (related links, teasers,
 * "most read", a sidebar): the dates there are those articles' dates.
 */
export const inOtherArticles = (element: HtmlElement): boolean => {
  for (let node = element.parent; node && 'attribs' in node; node = node.parent) {
    if (node.name === 'aside') return true;
    const { class: className, id } = node.attribs;
    if (className === undefined && id === undefined) continue;
    if (OTHER_ARTICLES.test(`${className ?? ''} ${id ?? ''}`)) return true;
  }
  return false;
};

/**
 * Class or id names that open with a word for other articles (`related-posts`,
 * `teaser-list`, `sidebar`); a page wrapper named `with-sidebar` does not count. Tested
 * on the class and id together: a name opens the text or follows a space.
 */
const OTHER_ARTICLES =
  /(?:^|\s)(?:related|recommend|teaser|more-stories|most-(?:read|popular)|sidebar)/i;
