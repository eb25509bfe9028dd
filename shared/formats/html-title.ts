import { elementsNamed, type HtmlDocument, textOf } from './html-dom.ts';

/**
 * The page's headline: the visible `<h1>` when it agrees with a title the page states
 * (OpenGraph, JSON-LD, `<title>`), since the stated ones are often shortened for
 * sharing or carry the site's name; else the stated title without the site's name.
 */
export const chooseHtmlTitle = (
  document: HtmlDocument,
  stated: ReadonlyArray<string | undefined>,
  site: string | undefined,
): string | undefined => {
  const titles = stated.filter((title): title is string => Boolean(title));
  const headings = elementsNamed(document, 'h1')
    .slice(0, MAX_H1_CHECKED)
    .map(textOf)
    .filter((h1) => h1 !== '' && h1.toLowerCase() !== site?.toLowerCase());
  const first = titles[0];
  if (!first) return headings[0];
  const agreeing = headings.find((h1) => titles.some((title) => agrees(h1, title, site)));
  return agreeing ?? stripSiteName(first, site);
};

/** Whether a heading and a stated title name the same story. */
const agrees = (h1: string, title: string, site: string | undefined): boolean => {
  if (isTitleHead(title, h1)) return true;
  const core = stripSiteName(title, site);
  const a = fold(h1);
  const b = fold(core);
  if (a.includes(b) || b.includes(a))
    return Math.min(a.length, b.length) >= b.length * MIN_CONTAINED_SHARE;
  return wordOverlap(a, b) >= MIN_WORD_OVERLAP;
};

/**
 * A heading inside the stated title must cover this share of it: a short `<h1>` that
 * is a fragment of the title (the site's name, a section) is no headline.
 */
const MIN_CONTAINED_SHARE = 0.6;
/**
 * Share of the shorter text's words the two must share: an edited headline keeps
 * most of its words, another story's title shares few.
 */
const MIN_WORD_OVERLAP = 0.6;
const CURLY = /[‘’‚‛′]/g;
const WORD = /[\p{L}\p{N}']+/gu;

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(CURLY, "'");

const wordOverlap = (a: string, b: string): number => {
  const wordsA = new Set(a.match(WORD) ?? []);
  const wordsB = new Set(b.match(WORD) ?? []);
  const shorter = Math.min(wordsA.size, wordsB.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / shorter;
};

/** Pages have one headline `<h1>`; more are section titles, and checking them costs time. */
const MAX_H1_CHECKED = 3;
const STARTS_WITH_SEPARATOR = /^\s*(?:[｜：|–—\-·•:]|::)\s*/;

/** Whether `title` is the `<h1>` text followed by a separator and something else (the site). */
const isTitleHead = (title: string, h1: string): boolean =>
  title.length > h1.length &&
  title.toLowerCase().startsWith(h1.toLowerCase()) &&
  STARTS_WITH_SEPARATOR.test(title.slice(h1.length));

/** ` | Site`, ` - Site`, ` — Site`, `｜Site` ... : what pages put between title and site. */
const SITE_SEPARATOR = /\s*[｜]\s*|\s+(?:[|–—\-·•:]|::)\s+/;
/** Without a known site name, only a short trailing part after ` | ` is taken for one. */
const MAX_UNNAMED_SITE_WORDS = 3;
const PIPE = ' | ';

/**
 * Drops a site name from a page title, conservatively: the part after (or before) the
 * separator must equal the known site name, or, with no site name known, be a short
 * trailing part after a pipe.
 */
export const stripSiteName = (title: string, site: string | undefined): string => {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return underscoreHead(title);
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  const siteName = site?.toLowerCase();
  if (siteName && last.toLowerCase() === siteName) return withoutLastPart(title, last);
  if (siteName && first.toLowerCase() === siteName)
    return title.slice(title.indexOf(parts[1] ?? ''));
  const pipeAt = title.lastIndexOf(PIPE);
  const tail = title.slice(pipeAt + PIPE.length);
  if (!siteName && pipeAt > 0 && tail.split(' ').length <= MAX_UNNAMED_SITE_WORDS) {
    return title.slice(0, pipeAt).trim();
  }
  return title;
};

/**
 * `Headline_Section_Site`: titles joined with underscores (common on Chinese sites)
 * keep their first part when it is the longest, since sections and sites are short.
 */
const underscoreHead = (title: string): string => {
  const parts = title.split(UNDERSCORE);
  const head = parts[0] ?? title;
  if (parts.length < 2 || parts.some((part) => part.length > head.length)) return title;
  return head;
};

const UNDERSCORE = /\s*_\s*/;

const withoutLastPart = (title: string, last: string): string => {
  const head = title.slice(0, title.length - last.length);
  return head.replace(TRAILING_SEPARATOR, '');
};

const TRAILING_SEPARATOR = /\s*[｜]\s*$|\s+(?:[|–—\-·•:]|::)\s+$/;
