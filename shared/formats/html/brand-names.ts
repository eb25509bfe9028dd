/**
 * Author values that name the site or its newsroom rather than a writer: the
 * publisher's own name (`og:site_name`, a brand set as the author), alone or with a
 * newsroom word (`Daily Bridge Staff`, `Redaktion Daily Bridge`, `The Daily Bridge
 * Team`), and newsroom words alone (`Editorial Team`, `News Desk`). CMSs fill the author
 * field with these when nobody signs the story; a byline that names a person is the
 * article's author then.
 */
export const isSiteOrNewsroom = (name: string, publisher: string | undefined): boolean => {
  const key = brandKey(withoutNewsroomWords(name));
  if (key === '') return true;
  if (publisher === undefined) return false;
  // `ABC News` is the site whether or not `News` is taken for a newsroom word.
  const site = siteNames(publisher).flatMap((part) => [
    brandKey(part),
    brandKey(withoutNewsroomWords(part)),
  ]);
  return site.includes(key) || site.includes(brandKey(name));
};

/**
 * `Site - the site's slogan | Site News Agency` as the author, where the publisher is
 * `Site`: the brand written out with its tagline, as CMSs fill an organisation author
 * from the page's title template. Its leading part is the site, so it names no writer.
 */
export const isSiteWithSlogan = (name: string, publisher: string | undefined): boolean => {
  const lead = name.split(TAGLINE_SEPARATOR)[0] ?? '';
  return lead !== name && isSiteOrNewsroom(lead, publisher);
};

/**
 * The publisher's name, and each part of it when it carries a tagline (`Bernau Live -
 * Dein Stadtportal`, `Infoportal | Diakonie`, `Deals • DealDoktor`): sites write their
 * name beside a slogan in `og:site_name`, in either order, while the author field holds
 * the name alone.
 */
const siteNames = (publisher: string): string[] => {
  const parts = publisher.split(TAGLINE_SEPARATOR).filter((part) => part.trim() !== '');
  return parts.length > 1 ? [publisher, ...parts] : [publisher];
};

/** A spaced dash, bar, bullet or colon between a site's name and its slogan. */
const TAGLINE_SEPARATOR = /\s+[-–—|•·:]\s+/u;

/** A brand compared on its letters and digits, without `www.`, a domain ending or `The`. */
const brandKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(BRAND_DECORATION, '')
    .replace(NOT_LETTER_OR_DIGIT, '');

const BRAND_DECORATION = /^\s*(?:www\.|the\s+)|\.[a-z]{2,6}\s*$/giu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Words a newsroom signs with, in the languages the byline labels cover, written without
 * accents: names are compared with their accents removed, since CMS fields often drop
 * them (`Redaccion`, `Redacao`).
 */
const NEWSROOM =
  '(?:staff|team|editors|editorial|desk|newsroom|news|redaktion|redaction|redaccion|redazione|redactie|redacao)';
const LEADING_NEWSROOM = new RegExp(`^(?:${NEWSROOM}(?:\\s+|$))+`, 'iu');
const TRAILING_NEWSROOM = new RegExp(`(?:(?:^|\\s+)${NEWSROOM})+$`, 'iu');

const withoutNewsroomWords = (name: string): string =>
  withoutAccents(name.trim()).replace(LEADING_NEWSROOM, '').replace(TRAILING_NEWSROOM, '');

const withoutAccents = (text: string): string => text.normalize('NFD').replace(MARKS, '');
const MARKS = /\p{M}+/gu;

/**
 * Name shapes no person's name has, whatever the site and language, so such an author
 * value is an organisation even when it is not the publisher: a web address (`Laola1.at`,
 * `Deutsche Welle (www.dw.com)`), a sign-off of a newsroom or team (`HNN Staff`,
 * `PETA-Team`, `Multimedia Redaktion`, `Delhi Bureau`), a company form (`Acme GmbH`,
 * `Foo Media Inc.`), or a name with a slogan after a spaced dash (`L-Mag – Das Magazin`).
 * Only unambiguous newsroom words count here: `Tom Desk` or `Ann News` may be people.
 */
export const looksLikeOrganisation = (name: string): boolean => {
  const text = withoutAccents(name.trim());
  return (
    WEB_ADDRESS.test(text) ||
    TEAM_EDGE.test(text) ||
    LOWER_NEWSROOM_WORD.test(text) ||
    AUTHOR_GROUP.test(text) ||
    COMPANY_FORM.test(text) ||
    SLOGAN_DASH.test(text)
  );
};

/** `name.at`, `www.dw.com`: a host name; a lower-case ending, so `Dr.Hans` is no address. */
const WEB_ADDRESS =
  /(?:^|[\s(])(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}(?:[\s),]|$)/u;
const TEAM_WORDS =
  '(?:staff|team|editors|editorial|newsroom|bureau|redaktion|redaction|redaccion|redazione|redactie|redacao)';
/** The word opens or closes the name, after a space or a hyphen (`PETA-Team`). */
const TEAM_EDGE = new RegExp(`^${TEAM_WORDS}[\\s-]|[\\s-]${TEAM_WORDS}$`, 'iu');
/**
 * A newsroom word written in lower case inside the value: a credit line (`Staff and news
 * service reports`, `from wire reports`), where a person's name capitalises its words.
 */
const LOWER_NEWSROOM_WORD =
  /(?:^|\s)(?:staff|team|news|desk|newsroom|wire|reports|services?|agencies)(?:\s|$)/u;

/**
 * A group of writers rather than one (`Auswärtige Autoren`, `Guest Authors`, `Our
 * contributors`): the credit CMSs give outside pieces, while the byline names the writer.
 */
const AUTHOR_GROUP =
  /(?:^|\s)(?:authors|autoren|auteurs|autores|autori|contributors|gastautor(?:en|in)?|guest\s+authors?)(?=\s|$|[^\p{L}])/iu;

/**
 * A bureau or desk signing (`News Nation Bureau`, `Metro Desk`): a byline line that holds
 * one credits the desk, and the other words on it are its dateline (`New Delhi, News
 * Nation Bureau`), not writers. A staff or team credit may sign beside a writer (`Ann
 * Lee and Metro Staff`), so it does not count.
 */
export const isBureauSignOff = (name: string): boolean => BUREAU_EDGE.test(name.trim());

const BUREAU_EDGE = /\S[\s-](?:bureau|desk)$/iu;
const COMPANY_FORM =
  /(?:^|\s)(?:gmbh|ag|inc\.?|ltd\.?|llc|plc|corp\.?|e\.\s?v\.|s\.a\.|s\.l\.|spa|s\.p\.a\.|b\.v\.|kg)(?:\s|$)/iu;
/** `Name – slogan`: a spaced dash with words on both sides; names join with bare hyphens. */
const SLOGAN_DASH = /\S\s+[–—-]\s+\S/u;
