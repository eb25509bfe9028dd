import type { HtmlDocument } from './dom.ts';
import { classedHeadlines, type Heading, headingsNamed, markedHeadlines } from './headings.ts';
import { pageUrlOf } from './meta.ts';
import {
  feedSiteNames,
  homeLinkNames,
  logoHeadingTexts,
  repeatedTail,
  sectionNames,
} from './title-context.ts';

/**
 * The page's headline: the visible heading that agrees with a title the page states
 * (OpenGraph, JSON-LD, other title `<meta>`s, `<title>`), since the stated ones are often
 * shortened for sharing or carry the site's name; else the first stated title without
 * the site's name. A heading that repeats a stated title wins outright (the most trusted
 * title first: og:title is written for the story, `<title>` often for the section); else
 * an agreeing `<h1>`, then one marked `itemprop="headline"`, then an `<h2>` that starts
 * with a stated title or heads one before the site's name (pages whose `<h1>` is the logo
 * or the section put the headline in an `<h2>`).
 */
export const chooseHtmlTitle = (
  document: HtmlDocument,
  stated: ReadonlyArray<string | undefined>,
  site: string | undefined,
): string | undefined => {
  const titles = stated.filter((title): title is string => Boolean(title));
  const h1s = headingsNamed(document, 'h1', site);
  const first = titles[0];
  if (!first) return withoutSectionKicker(unstatedHeadline(document, h1s, site)?.text, document);
  const withoutSite = siteStripper(document, titles, site);
  const marked = markedHeadlines(document, site);
  const h2s = headingsNamed(document, 'h2', site);
  const cores = titles.map((title) => lettersOf(withoutSite(title)));
  const agreesWithStated = ({ full }: Heading) =>
    titles.some((title) => agrees(full, title, withoutSite));
  const continuesStated = ({ full }: Heading) =>
    cores.some((core) => core !== '' && lettersOf(full).startsWith(core)) ||
    titles.some((title) => isTitleHead(title, full));
  const chosen =
    repeatedTitle([...h1s, ...marked, ...h2s], cores) ??
    h1s.find(agreesWithStated) ??
    marked.find(agreesWithStated) ??
    h2s.find(continuesStated) ??
    (titles.length === 1 && first === stated.at(-1)
      ? rewrittenHeadline(document, h1s, withoutSite(first), site)
      : undefined);
  return withoutSectionKicker(
    chosen?.text ?? withoutHostName(withoutSite(first), document),
    document,
  );
};

/**
 * The headline of a page that states no title (its `<title>` and metadata missing, as on
 * many pages scraped or saved without their head): the first `<h1>` that is not the
 * site's logo, else the first `<h2>` (not a logo) long enough to state a story: templates
 * whose `<h1>` is the logo or the section put the headline in an `<h2>`, and short
 * `<h2>`s are labels (`Related articles`, `Services`).
 */
const unstatedHeadline = (
  document: HtmlDocument,
  h1s: readonly Heading[],
  site: string | undefined,
): Heading | undefined => {
  const logos = logoHeadingTexts(document);
  const host = hostLabelOf(document);
  const h1 = h1s.find(({ full }) => !logos.has(full) && !namesHost(full, host));
  if (h1) return h1;
  return (
    classedHeadlines(document, site).find(({ full }) => !logos.has(full)) ??
    longHeading(headingsNamed(document, 'h2', site), logos)
  );
};

/** The first heading, not a logo, long enough to state a story. */
const longHeading = (headings: readonly Heading[], logos: ReadonlySet<string>) =>
  headings.find(({ full }) => !logos.has(full) && full.length >= MIN_HEADLINE_CHARS);

/**
 * A page whose only stated title is its `<title>` often words it for search engines
 * (`Why Does Slack Say Hummus?`) while its one `<h1>` shows the headline (`The Adorable
 * Reason You Can Set Your Alert Sound to "Hummus" on Slack`). When they do not agree
 * but share a distinctive word, they tell the same story, and the shown one is the
 * headline. Several `<h1>`s (a tagline, a logo, the story) leave it to the `<title>`,
 * and so does a short `<h1>` (a name, a label: `Lina Morgana` beside `Lina Morgana on ...`).
 */
const rewrittenHeadline = (
  document: HtmlDocument,
  allH1s: readonly Heading[],
  title: string,
  site: string | undefined,
): Heading | undefined => {
  // Logos (a heading linking home, or naming the domain) state no story; with no other
  // `<h1>`, the template put the headline in an `<h2>`.
  const logos = logoHeadingTexts(document);
  const host = hostLabelOf(document);
  const h1s = allH1s.filter(({ full }) => !logos.has(full) && !namesHost(full, host));
  const h1 =
    h1s.length > 0
      ? h1s.length === 1
        ? h1s[0]
        : undefined
      : allH1s.length > 0
        ? longHeading(headingsNamed(document, 'h2', site), logos)
        : undefined;
  if (!h1 || h1.full.length < MIN_HEADLINE_CHARS) return undefined;
  const titleWords = new Set(fold(title).match(WORD) ?? []);
  const shares = (fold(h1.full).match(WORD) ?? []).some(
    (word) => word.length >= MIN_DISTINCTIVE_CHARS && titleWords.has(word),
  );
  return shares ? h1 : undefined;
};

/** Words this long are rarely function words (`with`, `from`, `that` are shorter). */
const MIN_DISTINCTIVE_CHARS = 5;

/** Section labels run to a word or two; a headline states something (CJK ones too). */
const MIN_HEADLINE_CHARS = 20;

/**
 * Drops the site's name from a stated title, by every name the page gives its site:
 * `og:site_name`, the name its feeds carry, a tail its stated titles repeat, the names
 * on its link to its home page. Each is
 * tried as `stripSiteName` tries one; with none matching, `stripSiteName` decides alone.
 */
const siteStripper = (
  document: HtmlDocument,
  titles: readonly string[],
  site: string | undefined,
): ((title: string) => string) => {
  const tail = repeatedTail(titles, SITE_SEPARATOR);
  const names = [site, ...feedSiteNames(document), tail].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  // The home link's names cost a walk over the page's links: read only when needed.
  let homeNames: string[] | undefined;
  return (title) => {
    for (const name of names) {
      const stripped = stripSiteName(title, name);
      if (stripped !== title) return stripped;
    }
    if (title.split(SITE_SEPARATOR).length > 1) {
      homeNames ??= homeLinkNames(document, hostNameOf(document));
      for (const name of homeNames) {
        const stripped = stripSiteName(title, name);
        if (stripped !== title) return stripped;
      }
    }
    for (const name of names) {
      const stripped = withoutLeadingName(title, name);
      if (stripped !== title) return stripped;
    }
    return stripSiteName(title, site);
  };
};

/**
 * `Harbour Notes: Ferry timetable changes`: blog platforms title a post with the blog's
 * name and a colon before it; a known name of the site there is no part of the headline.
 */
const withoutLeadingName = (title: string, name: string): string => {
  const colon = title.indexOf(':');
  if (colon <= 0 || !sameSite(title.slice(0, colon), name)) return title;
  const rest = title.slice(colon + 1).trim();
  return rest === '' ? title : rest;
};

/**
 * A short prefix before `:` or `|` that is the section the page files the article under
 * (`article:section`, its breadcrumb trail): `Opinion | Bridge opens at last` is the
 * headline `Bridge opens at last` with its section kicker.
 */
const withoutSectionKicker = (
  title: string | undefined,
  document: HtmlDocument,
): string | undefined => {
  const match = title?.match(SECTION_KICKER);
  if (!title || !match?.[1] || !match[2]) return title;
  const kicker = lettersOf(match[1]);
  const sections = sectionNames(document).map(lettersOf);
  return kicker !== '' && sections.includes(kicker) ? match[2] : title;
};

/** A kicker of a few words, then `:` or `|` (or a full-width one), then the headline. */
const SECTION_KICKER = /^\s*([^:|｜：]{1,40}?)\s*(?:[:：]|\s[|｜]|｜)\s+(\S.*)$/u;

/**
 * The site's name as its address spells it (`www.dailybridge.co.uk` -> `dailybridge`):
 * a title part that is just the domain's name (`Headline - Daily Bridge`,
 * `DAILYBRIDGE.COM | Headline`) is the site, learned without `og:site_name`.
 */
const hostLabelOf = (document: HtmlDocument): string | undefined => {
  const host = hostNameOf(document);
  if (!host) return undefined;
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && SHARED_SECOND_LEVEL.test(labels.at(-1) ?? '')) labels.pop();
  const label = labels.at(-1) ?? '';
  return label.length >= MIN_HOST_LABEL_CHARS ? label.replace(NOT_LETTER_OR_DIGIT, '') : undefined;
};

/** The page's host, lower case, without `www.` (`sn.example`), from its own address. */
const hostNameOf = (document: HtmlDocument): string | undefined => {
  const url = pageUrlOf(document);
  if (!url || !ABSOLUTE_URL.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(WWW, '');
  } catch {
    return undefined;
  }
};

const ABSOLUTE_URL = /^https?:\/\//i;
/** `co.uk`, `com.au`, `ne.jp`: registrations one level below these. */
const SHARED_SECOND_LEVEL = /^(?:co|com|net|org|ac|gov|ne|or|go)$/;
/** A two-letter label (`bt.com`) matches too many title words by chance. */
const MIN_HOST_LABEL_CHARS = 3;
const LEADING_THE = /^the(?=\p{L})/u;

/** Whether a text is just the domain's name, with or without `The` (`The Daily Bridge`). */
const namesHost = (text: string, hostLabel: string | undefined): boolean => {
  if (!hostLabel) return false;
  const letters = lettersOf(text);
  return (
    letters === hostLabel || letters.replace(LEADING_THE, '') === hostLabel.replace(LEADING_THE, '')
  );
};

/** Drops a first or last title part that is the domain's name, with or without `The`. */
const withoutHostName = (title: string, document: HtmlDocument): string => {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const hostLabel = hostLabelOf(document);
  const isHost = (part: string) => namesHost(part, hostLabel);
  const last = parts.at(-1) ?? '';
  if (isHost(last)) return withoutLastPart(title, last);
  if (isHost(parts[0] ?? '')) return title.slice(title.indexOf(parts[1] ?? ''));
  return withoutWrittenHost(title, parts, hostNameOf(document));
};

/**
 * A title part that is the page's own host written out (`gizmeo.example`,
 * `www.siegessaeule.example`) is the site's name, and the parts after it are the
 * section trail (`Headline - sn.example - Front page - Business`): the headline is
 * what comes before. As the first part, the headline is what follows.
 */
const withoutWrittenHost = (
  title: string,
  parts: readonly string[],
  host: string | undefined,
): string => {
  if (!host) return title;
  const index = parts.findIndex((part) => part.trim().toLowerCase().replace(WWW, '') === host);
  if (index < 0 || parts.length < 2) return title;
  if (index === 0) return title.slice(title.indexOf(parts[1] ?? '', (parts[0] ?? '').length));
  const at = title.indexOf(parts[index] ?? '', (parts[0] ?? '').length);
  return title.slice(0, at).replace(TRAILING_SEPARATOR, '');
};

const repeatedTitle = (headings: readonly Heading[], cores: readonly string[]) => {
  for (const core of cores) {
    const heading = headings.find(({ full }) => lettersOf(full) === core);
    if (heading) return heading;
  }
  return undefined;
};

/** Whether a heading and a stated title name the same story. */
const agrees = (h1: string, title: string, withoutSite: (title: string) => string): boolean => {
  if (isTitleHead(title, h1)) return true;
  const core = withoutSite(title);
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

/** Only the letters and digits: headings and stated titles differ in quotes and spacing. */
const lettersOf = (text: string): string => fold(text).replace(NOT_LETTER_OR_DIGIT, '');
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

const wordOverlap = (a: string, b: string): number => {
  const wordsA = new Set(a.match(WORD) ?? []);
  const wordsB = new Set(b.match(WORD) ?? []);
  const shorter = Math.min(wordsA.size, wordsB.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / shorter;
};

const STARTS_WITH_SEPARATOR = /^\s*(?:[｜：|–—\-·•:]|::)\s*/;

/** Site names run to a couple of words; a longer tail after a short `<h1>` is a headline. */
const MAX_SITE_CHARS = 24;

/**
 * Whether `title` is the `<h1>` text followed by a separator and something short (the
 * site); a short `<h1>` before a longer rest is a section name (`Section - Headline`).
 */
const isTitleHead = (title: string, h1: string): boolean => {
  if (title.length <= h1.length || !title.toLowerCase().startsWith(h1.toLowerCase())) return false;
  const rest = title.slice(h1.length);
  if (!STARTS_WITH_SEPARATOR.test(rest)) return false;
  const tail = rest.replace(STARTS_WITH_SEPARATOR, '');
  return tail.length <= Math.max(h1.length, MAX_SITE_CHARS);
};

/** ` | Site`, ` - Site`, ` — Site`, `｜Site`, ` » Site` ... : what pages put between title and site. */
const SITE_SEPARATOR = /\s*[｜]\s*|\s+(?:[|–—\-·•:»«]|::)\s+/;
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
  if (site && sameSite(last, site)) return withoutLastPart(title, last);
  if (site && sameSite(first, site)) return title.slice(title.indexOf(parts[1] ?? ''));
  const pipeAt = title.lastIndexOf(PIPE);
  const tail = title.slice(pipeAt + PIPE.length);
  if (!siteName && pipeAt > 0 && tail.split(' ').length <= MAX_UNNAMED_SITE_WORDS) {
    return title.slice(0, pipeAt).trim();
  }
  return title;
};

/**
 * Whether a title part names the site: `La Stampa` is `lastampa.it`, `FASSETTE.NET` is
 * `Fassette`; compared on letters and digits, without `www.` and the domain ending.
 */
const sameSite = (part: string, site: string): boolean => {
  const key = siteKey(part);
  return key !== '' && key === siteKey(site);
};

const siteKey = (name: string): string => lettersOf(name.trim().replace(WWW, '').replace(TLD, ''));
const WWW = /^www\./i;
const TLD = /\.[a-z]{2,6}$/i;

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

const TRAILING_SEPARATOR = /\s*[｜]\s*$|\s+(?:[|–—\-·•:»«]|::)\s+$/;
