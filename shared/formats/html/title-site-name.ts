import { attr, firstNamed, type HtmlDocument } from './dom.ts';
import { pageUrlOf } from './meta.ts';
import { TITLE_SEPARATOR } from './site-names.ts';
import { feedSiteNames, homeLinkNames, repeatedTail, sectionNames } from './title-context.ts';
import { looksLikeDomain, opensWithHostName } from './title-host-parts.ts';
import { lettersOf, NOT_LETTER_OR_DIGIT } from './title-words.ts';

/**
 * Drops the site's name from a stated title, by every name the page gives its site:
 * `og:site_name`, the name its feeds carry, a tail its stated titles repeat, the names
 * on its link to its home page. Each is
 * tried as `stripSiteName` tries one; with none matching, `stripSiteName` decides alone.
 */
export const siteStripper = (
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
 * Whether a stated title is only the site's name (`<title>Harbour Notes</title>` on every
 * page of a small site): the name `og:site_name`, the feeds, the home link or the domain
 * give it. Such a title states no headline; the page's headings have to.
 */
export const isOnlySiteName = (
  title: string,
  document: HtmlDocument,
  site: string | undefined,
): boolean => {
  if (title.length > MAX_SITE_TITLE_CHARS || SITE_SEPARATOR.test(title)) return false;
  if (isHostPart(title, hostLabelOf(document))) return true;
  const names = [
    site,
    ...feedSiteNames(document),
    ...homeLinkNames(document, hostNameOf(document)),
  ];
  return names.some((name) => name !== undefined && sameSite(title, name));
};

/** Site names run to a few words; a longer title states more. */
const MAX_SITE_TITLE_CHARS = 40;

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
export const withoutSectionKicker = (
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
export const hostLabelOf = (document: HtmlDocument): string | undefined => {
  const host = hostNameOf(document);
  if (!host) return undefined;
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && SHARED_SECOND_LEVEL.test(labels.at(-1) ?? '')) labels.pop();
  const label = labels.at(-1) ?? '';
  return label.length >= MIN_HOST_LABEL_CHARS ? label.replace(NOT_LETTER_OR_DIGIT, '') : undefined;
};

/**
 * The page's host, lower case, without `www.` (`sn.example`), from its own address, else
 * from an absolute `<base href>` (pages without a canonical link still resolve their links
 * against their site's root).
 */
const hostNameOf = (document: HtmlDocument): string | undefined => {
  const url = [pageUrlOf(document), baseHref(document)].find(
    (address) => address !== undefined && ABSOLUTE_URL.test(address),
  );
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(WWW, '');
  } catch {
    return undefined;
  }
};

const ABSOLUTE_URL = /^https?:\/\//i;

const baseHref = (document: HtmlDocument): string | undefined => {
  const base = firstNamed(firstNamed(document, 'head') ?? document, 'base');
  return base ? attr(base, 'href')?.trim() : undefined;
};
/** `co.uk`, `com.au`, `ne.jp`: registrations one level below these. */
const SHARED_SECOND_LEVEL = /^(?:co|com|net|org|ac|gov|ne|or|go)$/;
/** A two-letter label (`bt.com`) matches too many title words by chance. */
const MIN_HOST_LABEL_CHARS = 3;
const LEADING_THE = /^the(?=\p{L})/u;

/** Whether a text is just the domain's name, with or without `The` (`The Daily Bridge`). */
export const namesHost = (text: string, hostLabel: string | undefined): boolean => {
  if (!hostLabel) return false;
  const letters = lettersOf(text);
  return (
    letters === hostLabel || letters.replace(LEADING_THE, '') === hostLabel.replace(LEADING_THE, '')
  );
};

/** A title part that names the site by its address: the host's name, or a written domain. */
const isHostPart = (part: string, hostLabel: string | undefined): boolean =>
  namesHost(part, hostLabel) || looksLikeDomain(part);

/** Drops a first or last title part that is the domain's name, with or without `The`. */
export const withoutHostName = (title: string, document: HtmlDocument): string => {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const hostLabel = hostLabelOf(document);
  const last = parts.at(-1) ?? '';
  if (isHostPart(last, hostLabel) || opensWithHostName(last, hostLabel)) {
    return withoutLastPart(title, last);
  }
  if (isHostPart(parts[0] ?? '', hostLabel)) return title.slice(title.indexOf(parts[1] ?? ''));
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

/**
 * What pages put between title and site (`TITLE_SEPARATOR`: ` | Site`, ` - Site`,
 * `｜Site`...), and a spaced colon (` : `, ` :: `), which joins a known site name or a
 * kicker to the headline. A site name is not guessed from a colon's last part: French
 * typography spaces the colon inside headlines (`Entretien : Jane Doe`).
 */
const SITE_SEPARATOR = new RegExp(`${TITLE_SEPARATOR.source}|\\s+::?\\s+`, 'u');
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
