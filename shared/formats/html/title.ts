import {
  classedHeadlineElements,
  classedSubHeadlines,
  inArticle,
  soleClassedHeadline,
} from './classed-headlines.ts';
import type { HtmlDocument } from './dom.ts';
import { type Heading, headingsNamed, markedHeadlines } from './headings.ts';
import { logoHeadingTexts } from './title-context.ts';
import { looksLikeDomain } from './title-host-parts.ts';
import {
  hostLabelOf,
  isOnlySiteName,
  namesHost,
  siteStripper,
  withoutHostName,
  withoutSectionKicker,
} from './title-site-name.ts';
import { agrees, fold, isTitleHead, lettersOf, WORD } from './title-words.ts';

export { stripSiteName } from './title-site-name.ts';

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
  const given = stated.filter((title): title is string => Boolean(title));
  const titles = given.filter((title) => !isOnlySiteName(title, document, site));
  const h1s = headingsNamed(document, 'h1', site);
  const first = titles[0];
  if (!first) {
    const headline = unstatedHeadline(document, h1s, site)?.text ?? given[0];
    return withoutSectionKicker(headline, document);
  }
  const withoutSite = siteStripper(document, titles, site);
  const marked = markedHeadlines(document, site);
  const h2s = headingsNamed(document, 'h2', site);
  const cores = titles.map((title) => lettersOf(withoutSite(title)));
  const agreesWithStated = ({ full }: Heading) =>
    titles.some((title) => agrees(full, title, withoutSite));
  const continuesStated = ({ full }: Heading) =>
    cores.some((core) => core !== '' && lettersOf(full).startsWith(core)) ||
    titles.some((title) => isTitleHead(title, full));
  const core = withoutHostName(withoutSite(first), document);
  const chosen =
    repeatedTitle([...h1s, ...marked, ...h2s], cores) ??
    h1s.find(agreesWithStated) ??
    marked.find(agreesWithStated) ??
    h2s.find(continuesStated) ??
    (titles.length === 1 && first === stated.at(-1)
      ? (rewrittenHeadline(document, h1s, core, site) ??
        (statesNoStory(core) ? shownHeadline(document, h1s, marked, site) : undefined))
      : undefined);
  return withoutSectionKicker(chosen?.text ?? core, document);
};

/**
 * A `<title>`, the only title stated, that without the site's name is one short word
 * (`www.site.de | Detail`, `Veranstaltung | SITE`, `Home`) or an address: templates title
 * every page of a section so, and it states no story. Only the `<title>`: an og:title is
 * written for the story, and two words make a headline (`Bridge opens`).
 */
const statesNoStory = (core: string): boolean =>
  looksLikeDomain(core) || (core.length < MIN_HEADLINE_CHARS && !SPACE.test(core.trim()));

const SPACE = /\s/;

/**
 * The headline the page shows when its stated title names none: the one microdata marks
 * (`itemprop="headline"`), else the headline of a page stating no title; long enough to
 * state a story, not another label.
 */
const shownHeadline = (
  document: HtmlDocument,
  h1s: readonly Heading[],
  marked: readonly Heading[],
  site: string | undefined,
): Heading | undefined =>
  [...marked, unstatedHeadline(document, h1s, site)].find(
    (heading) => heading !== undefined && heading.full.length >= MIN_HEADLINE_CHARS,
  );

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
  const { logos, storyH1s } = withoutLogos(document, h1s);
  // A short first `<h1>` before a long one is a label (the section, the blog's name, a
  // menu's `Quicklink`): the long one states the story.
  const h1 = storyH1s.find(({ full }) => full.length >= MIN_HEADLINE_CHARS) ?? storyH1s[0];
  // An `<h1>` in the story's `<article>` is its headline: no classed heading is looked for.
  const classed = h1 && inArticle(h1.element) ? [] : classedHeadlineElements(document);
  // The story's headline, classed so, beats an `<h1>` set outside the story's `<article>`
  // (the blog's name in its header, a sidebar widget's title).
  const sole = soleClassedHeadline(classed, site);
  if (sole && !logos.has(sole.full)) return sole;
  if (h1) return h1;
  return (
    classedSubHeadlines(classed, site).find(({ full }) => !logos.has(full)) ??
    longHeading(headingsNamed(document, 'h2', site), logos)
  );
};

/**
 * The `<h1>`s that are not the site's logo (a heading linking home, or naming the
 * domain): logos state no story. `logos` are the logo texts, for other headings.
 */
const withoutLogos = (document: HtmlDocument, h1s: readonly Heading[]) => {
  const logos = logoHeadingTexts(document);
  const host = hostLabelOf(document);
  const storyH1s = h1s.filter(({ full }) => !logos.has(full) && !namesHost(full, host));
  return { logos, storyH1s };
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
 * With no story `<h1>` (logos, a breadcrumb step, none), the first long `<h2>` is looked
 * at. `title` is the headline part alone: a word shared with the site's name or a section
 * trail (`Headline - sn.example - Business`) says nothing of the story.
 */
const rewrittenHeadline = (
  document: HtmlDocument,
  allH1s: readonly Heading[],
  title: string,
  site: string | undefined,
): Heading | undefined => {
  const { logos, storyH1s } = withoutLogos(document, allH1s);
  // No `<h1>` but logos (or none shown, or one in a breadcrumb trail): the template put
  // the headline in an `<h2>`.
  const h1 =
    storyH1s.length === 0
      ? longHeading(headingsNamed(document, 'h2', site), logos)
      : storyH1s.length === 1
        ? storyH1s[0]
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

const repeatedTitle = (headings: readonly Heading[], cores: readonly string[]) => {
  for (const core of cores) {
    const heading = headings.find(({ full }) => lettersOf(full) === core);
    if (heading) return heading;
  }
  return undefined;
};
