import { DomUtils } from 'htmlparser2';
import { bylineAfterDate, isBylinePrefix, splitByline } from '../../text/byline.ts';
import { isAuthorLinkElement, readAuthorLink } from './author-links.ts';
import { isBureauSignOff } from './brand-names.ts';
import { attr, type HtmlDocument, type HtmlElement, textOf } from './dom.ts';
import { plainBylineNearHeadline } from './headline-byline.ts';
import { linesOf } from './lines.ts';
import { hasLowerCaseTail, isSignature } from './name-shape.ts';
import { signOffNames } from './sign-off-byline.ts';
import { inTeaserItem } from './teaser-items.ts';

/**
 * Author names from the page's visible byline: `rel="author"` links, `itemprop="author"`
 * elements, then the first element whose class or id says byline or author, a plain-text
 * byline by the headline, a sign-off closing the story, links to an author's page. Names come in the page's order; a
 * link to an author page inside a byline is taken as one name. The first byline found
 * is the page's: of its names, those `accepts` takes (not a newsroom sign-off, a brand or
 * a handle) are returned. When it takes none, only a plain `By` line by the headline is
 * asked next (themes credit the desk in their byline slot while the writer signs the
 * story's first line); later byline elements belong to teasers, comments and page
 * furniture more often than to the article.
 */
export const readByline = (
  document: HtmlDocument,
  accepts: (name: string) => boolean = () => true,
): string[] => bylineReader(document)(accepts);

/**
 * `readByline` for one page asked with several `accepts` (people first, then any
 * named author): the page is searched once, whatever is asked.
 */
export const bylineReader = (document: HtmlDocument) => {
  let first: FoundByline | undefined;
  let nearHeadline: string[] | undefined;
  return (accepts: (name: string) => boolean): string[] => {
    first ??= firstByline(document);
    const names = accepted(first.names, accepts);
    if (names.length > 0 || first.nearHeadline) return names;
    nearHeadline ??= plainBylineNearHeadline(document);
    return accepted(nearHeadline, accepts);
  };
};

interface FoundByline {
  names: string[];
  /** Whether the names come from the last places asked: a plain line, a sign-off, a link. */
  nearHeadline: boolean;
}

const firstByline = (document: HtmlDocument): FoundByline => {
  // A link that wraps an author card (`<h4>Name</h4><h5>Job title</h5>`) names them on its first line.
  const relAuthors = DomUtils.findAll(isRelAuthor, document.children)
    .filter((link) => !inTeaserItem(link))
    .map((link) => linesOf(link)[0] ?? '');
  const fromRel = unique(relAuthors.flatMap(splitByline));
  if (fromRel.length > 0) return { names: fromRel, nearHeadline: false };
  for (const element of DomUtils.findAll(isBylineElement, document.children)) {
    if (inHead(element) || inForm(element) || inComments(element)) continue;
    if (inTeaserCard(element) || inTeaserItem(element)) continue;
    const names = namesIn(isPrefixOnly(element) ? (parentElement(element) ?? element) : element);
    if (names.length > 0) return { names, nearHeadline: false };
  }
  const nearHeadline = plainBylineNearHeadline(document);
  if (nearHeadline.length > 0) return { names: nearHeadline, nearHeadline: true };
  // A story signed at its end names its writer; a link to a person's page may be a tag.
  const signOff = signOffNames(document);
  if (signOff.length > 0) return { names: signOff, nearHeadline: true };
  return { names: readAuthorLink(document), nearHeadline: true };
};

/**
 * The names of one byline that `accepts` takes, but never a phrase glued to interface
 * text (`hasLowerCaseTail`: visible text, unlike a metadata field, carries buttons and
 * labels). A line that credits a bureau or desk gives only that credit: what stands
 * beside it is its dateline (`New Delhi, Metro Bureau`).
 */
const accepted = (names: readonly string[], accepts: (name: string) => boolean): string[] => {
  const credits = names.filter(isBureauSignOff);
  return (credits.length > 0 ? credits : names).filter(
    (name) => accepts(name) && !hasLowerCaseTail(name),
  );
};

/**
 * A comment form's `author` field and its labels (`Please enter your name here`) sit in
 * a `<form>`: they ask the reader for a name, they give none. Some frameworks wrap the
 * whole page in one form (ASP.NET): a form that holds a headline or an article is the
 * page, not a form.
 */
const inForm = (element: HtmlElement): boolean => {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if ('name' in parent && parent.name === 'form') return !wrapsPage(parent);
  }
  return false;
};

const wrapsPage = (form: HtmlElement): boolean =>
  DomUtils.findOne((element) => PAGE_PARTS.has(element.name), form.children) !== null;

const PAGE_PARTS: ReadonlySet<string> = new Set(['h1', 'article', 'main']);

/**
 * A comment's author line (`<span class="author">` in `<li class="comment">` under
 * `<section id="comments">`): readers who answered the story, not its writer. Comment
 * sections carry these class and id names on every CMS.
 */
const inComments = (element: HtmlElement): boolean => {
  for (let parent = element.parent; parent && 'name' in parent; parent = parent.parent) {
    // The body's and the root's classes describe the whole page (`comments-open`).
    if (parent.name === 'body' || parent.name === 'html') return false;
    const names = `${parent.attribs.class ?? ''} ${parent.attribs.id ?? ''}`.split(/\s+/);
    if (names.some((name) => COMMENT_REGION.test(name))) return true;
  }
  return false;
};

const COMMENT_REGION =
  /^(?:comments?|comment-?list|comments?[-_](?:area|section|container|wrapper|list|thread)|comment[-_](?:body|\d+)|li-comment-\d+|disqus_thread)$/i;

/**
 * A byline inside a link to another page that also holds other text (`<a href="/story">
 * kicker, title, <div class="author">Name</div></a>`): a teaser card for another story,
 * whose whole card is one link. A link to an author's page holds the page's own byline,
 * and a link whose text is the byline alone (a profile link) is no card.
 */
const inTeaserCard = (element: HtmlElement): boolean => {
  const ownText = textOf(element).trim().length;
  for (let parent = element.parent; parent && 'name' in parent; parent = parent.parent) {
    if (parent.name === 'body') return false;
    if (parent.name !== 'a') continue;
    if (isAuthorLinkElement(parent)) return false;
    return textOf(parent).trim().length > ownText + MIN_CARD_EXTRA_CHARS;
  }
  return false;
};

/** A card carries a title beside the byline: more than a label or a separator. */
const MIN_CARD_EXTRA_CHARS = 20;

const isRelAuthor = (element: HtmlElement): boolean =>
  element.name === 'a' && (attr(element, 'rel') ?? '').toLowerCase().split(' ').includes('author');

/**
 * Class names that say byline: the word in most languages (`autor`, `auteur`, `penulis`,
 * `yazar`, `forfatter`, `skribent`, `schrijver`), and a `by` token (`post-by`,
 * `posted_by`, `pst-by`) that abbreviated class names keep from `posted by`, but not
 * the English words that end in `-by` (`stand-by`, `nearby`, `passer-by`, `lay-by`).
 */
const BYLINE_HINT =
  /byline|author|writer|autor|auteur|verfasser|penulis|yazar|forfatter|skribent|schrijver|(?:^|[\s_-])(?<!(?:stand|near|passer|lay|close|fly|good)[_-])by(?:$|[\s_-])/i;
/** Author boxes that hold more than the name: bios, photos, follow links, other posts. */
const NOT_A_BYLINE =
  /bio|avatar|image|img|photo|pic|social|follow|flyout|about|desc|more|posts|title|role|job|link-list|comment|date|time|url/i;
/** A byline is a line; longer text is an author box or an article carrying the class. */
const MAX_BYLINE_CHARS = 200;

const isBylineElement = (element: HtmlElement): boolean => {
  if (element.name === 'meta' || element.name === 'link' || element.name === 'script') return false;
  const { class: className, id, itemprop, 'data-component': component } = element.attribs;
  if (className === undefined && id === undefined && itemprop === undefined && !component) {
    return false;
  }
  const role = itemprop?.toLowerCase();
  if (role === 'author' || role === 'creator') return true;
  const hint = `${className ?? ''} ${id ?? ''} ${component ?? ''}`;
  return BYLINE_HINT.test(hint) && !NOT_A_BYLINE.test(hint);
};

const inHead = (element: HtmlElement): boolean => {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if ('name' in parent && (parent.name === 'head' || parent.name === 'script')) return true;
  }
  return false;
};

const namesIn = (element: HtmlElement): string[] => {
  const named = DomUtils.findAll(
    (child) =>
      ((attr(child, 'itemprop') ?? '').toLowerCase() === 'name' && !inOtherItem(child, element)) ||
      isAuthorLinkElement(child),
    element.children,
  ).map(nameText);
  if (named.length > 0) return unique(named.flatMap(splitByline));
  if (textOf(element).length > MAX_BYLINE_CHARS) return [];
  // `<span class="sr-only">Author</span> Jane Doe`: a label for screen readers, not shown,
  // would glue a word no name has onto the name.
  let lowerCase: string[] = [];
  for (const line of linesOf(element, { skipsScreenReaderText: true })) {
    const names = splitByline(bylineAfterDate(line) || withoutRelativeTime(line)).filter(
      isSignature,
    );
    if (names.length === 0) continue;
    if (!names.every(isAllLowerCase)) return names;
    if (lowerCase.length === 0) lowerCase = names;
  }
  return lowerCase;
};

/**
 * `climate change` above `By Jane Doe`: a kicker or topic link set in lower case by the
 * style sheet, sharing the byline's box. A name in lower case is taken only when no line
 * of the byline names anyone capitalised (some sites print every name in lower case).
 */
const isAllLowerCase = (name: string): boolean => HAS_LOWER.test(name) && !HAS_UPPER.test(name);

const HAS_UPPER = /\p{Lu}/u;
/** Caseless scripts (Chinese, Japanese) have neither case: their names are not lower case. */
const HAS_LOWER = /\p{Ll}/u;

/**
 * `Jane Doe vor 5 Stunden`, `P. Smith prije 26 minuta`, `Jane Doe 3 hours ago`: portals
 * print how long ago the story went up beside the writer, often in an adjacent element
 * with no space between (`Jane Doevor 5 Stunden`). The phrase is cut from the line, in
 * the languages the byline labels cover and their neighbours.
 */
const withoutRelativeTime = (line: string): string => line.replace(RELATIVE_TIME, '');

const RELATIVE_TIME =
  /(?:\s+|(?<=\p{Ll}))(?:vor|prije|pre|hace|há|il y a|před|przed)\s+\d+\s*\p{L}+.*$|\s+\d+\s*\p{L}+\s+(?:ago|fa|geleden|sedan|siden|temu|назад|önce)(?![\p{L}]).*$/iu;

/**
 * Whether a microdata `name` belongs to another item nested in the byline (the author's
 * `affiliation`, `worksFor`...), not to the author.
 */
const inOtherItem = (name: HtmlElement, byline: HtmlElement): boolean => {
  for (let parent = name.parent; parent && parent !== byline; parent = parent.parent) {
    if (!('attribs' in parent) || parent.attribs.itemscope === undefined) continue;
    const role = (parent.attribs.itemprop ?? '').toLowerCase();
    if (role !== 'author' && role !== 'creator') return true;
  }
  return false;
};

/** Microdata may give the name as `<meta|link itemprop="name" content="...">`. */
const nameText = (element: HtmlElement): string =>
  textOf(element) || (attr(element, 'content') ?? '');

/** A `By` label in its own element: the names are in its parent. */
const isPrefixOnly = (element: HtmlElement): boolean => isBylinePrefix(textOf(element));

const parentElement = (element: HtmlElement): HtmlElement | undefined => {
  const parent = element.parent;
  return parent && 'name' in parent ? parent : undefined;
};

const unique = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
