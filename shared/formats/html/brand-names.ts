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
  const site = [brandKey(publisher), brandKey(withoutNewsroomWords(publisher))];
  return site.includes(key) || site.includes(brandKey(name));
};

/** A brand compared on its letters and digits, without `www.`, a domain ending or `The`. */
const brandKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(BRAND_DECORATION, '')
    .replace(NOT_LETTER_OR_DIGIT, '');

const BRAND_DECORATION = /^\s*(?:www\.|the\s+)|\.[a-z]{2,6}\s*$/giu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Words a newsroom signs with, in the languages the byline labels cover. */
const NEWSROOM =
  '(?:staff|team|editors|editorial|desk|newsroom|news|redaktion|rédaction|redacción|redazione|redactie|redação)';
const LEADING_NEWSROOM = new RegExp(`^(?:${NEWSROOM}(?:\\s+|$))+`, 'iu');
const TRAILING_NEWSROOM = new RegExp(`(?:(?:^|\\s+)${NEWSROOM})+$`, 'iu');

const withoutNewsroomWords = (name: string): string =>
  name.trim().replace(LEADING_NEWSROOM, '').replace(TRAILING_NEWSROOM, '');
