import type { HtmlElement } from '../dom.ts';

/**
 * The class/id vocabulary that pages use for their parts, read the way Readability and
 * trafilatura read it: words that mark page furniture, and words that mark the story.
 */

/** Readers' comments: never the story, however long. */
const DISCUSSION = /comment|disqus|(?:^|[-_ ])repl(?:y|ies)(?:$|[-_ ])/;

/** Furniture whatever else the element says it is. */
const STRONG_FURNITURE =
  /shar(?:e|ing)(?!d)|social|related|recommend|newsletter|subscri|signup|sign-up|promo|sponsor|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|adslot|dfp|outbrain|taboola|breadcrumb|cookie|consent|popup|modal|sidebar|byline|caption|toolbar|pagination|pager|print-|login|trending|popular|most-read|more-stories|read-more|readmore|author-bio|about-author|tag-?list|(?:^|[-_ ])tags(?:$|[-_ ])|newsfeed|gdpr|skip-link|sr-only|visually-hidden|screen-reader/;

/** Furniture unless the same element also calls itself the story or its content. */
const WEAK_FURNITURE =
  /header|footer|masthead|menu|(?:^|[-_ ])nav|widget|banner|(?:^|[-_ ])meta(?:$|[-_ ])|credit|dateline|author|(?:^|[-_ ])date(?:$|[-_ ])|timestamp|supplement|extra|rail|aside|hidden|embed|video|gallery|slideshow/;

/** The story, its body, its text. */
const STORY =
  /article|story|(?:^|[-_ ])body|content|entry|(?:^|[-_ ])main|(?:^|[-_ ])post|(?:^|[-_ ])text|prose|blog/;

/**
 * A product box inside a review or a buying guide (`product-card`, `product-box`,
 * `wp-block-product`, `review-product`): a product widget is part of the story that
 * reviews it, whatever other word (`widget`, `embed`) its class also has.
 */
const PRODUCT = /(?:^|[-_ ])products?(?:$|[-_ ])/;

/** Whether an element calls itself a product box (see PRODUCT). */
export const isProductBox = (element: HtmlElement): boolean => PRODUCT.test(markOf(element));

/**
 * A readers' comment thread by its usual names (`id="comments"`, `comment-list`,
 * `disqus_thread`, `id="respond"`): dropped even when class names are otherwise
 * distrusted (the lenient retry), where the looser DISCUSSION word (`commentary`) is not.
 */
const COMMENT_THREAD =
  /^(?:comments?(?:[-_](?:list|thread|section|area|wrap(?:per)?|container|block|form))?|disqus(?:_thread)?|respond|replies)$/;

export const isCommentThread = (element: HtmlElement): boolean =>
  markOf(element)
    .split(MARK_WORDS)
    .some((name) => COMMENT_THREAD.test(name));

const MARK_WORDS = /\s+/;

/**
 * The mark of an element with no class, no id and a plain name (most elements): blank,
 * so no word test can match it. Returned as is rather than built for each element.
 */
const NO_MARK = '  ';

/**
 * Utility classes with a variant or a selector (Tailwind's `lg:hidden`, `empty:hidden`,
 * `[&_.image-caption_p]:mb-0`) style the element at one breakpoint or state, or style its
 * descendants: they do not say what the element is, so they are not read as words.
 */
const VARIANT_UTILITY = /[:[]/;
const namingClasses = (className: string): string =>
  VARIANT_UTILITY.test(className)
    ? className
        .split(MARK_WORDS)
        .filter((token) => !VARIANT_UTILITY.test(token))
        .join(' ')
    : className;

/** Custom elements (`<share-buttons>`) name themselves the way classes do. */
const markOf = (element: HtmlElement): string => {
  const { class: className, id } = element.attribs;
  const custom = element.name.includes('-');
  if (className === undefined && id === undefined && !custom) return NO_MARK;
  const classes = className === undefined ? '' : namingClasses(className);
  return `${classes} ${id ?? ''} ${custom ? element.name : ''}`.toLowerCase();
};

export type Verdict = 'discussion' | 'furniture' | 'story' | 'neutral';

/** What an element's class and id say it is. */
export const readMark = (element: HtmlElement): Verdict => {
  const mark = markOf(element);
  if (mark === NO_MARK) return 'neutral';
  if (DISCUSSION.test(mark)) return 'discussion';
  if (STRONG_FURNITURE.test(mark)) return 'furniture';
  const story = STORY.test(mark);
  if (WEAK_FURNITURE.test(mark)) return story || PRODUCT.test(mark) ? 'neutral' : 'furniture';
  return story ? 'story' : 'neutral';
};

/** Readability's ±25 class weight: enough to tip close candidates, not to decide alone. */
export const MARK_WEIGHT = 25;

export const markWeight = (verdict: Verdict): number =>
  verdict === 'story' ? MARK_WEIGHT : verdict === 'neutral' ? 0 : -MARK_WEIGHT;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by the page itself: `hidden`, `aria-hidden`, inline `display:none`. */
export const isHidden = (element: HtmlElement): boolean =>
  element.attribs.hidden !== undefined ||
  element.attribs['aria-hidden'] === 'true' ||
  HIDDEN_STYLE.test(element.attribs.style ?? '');
