import { lettersOf } from './title-words.ts';

/**
 * Title parts that name the site by its address when the page does not say which
 * address is its own (no canonical link, no `og:url`): a part written as a domain
 * (`Headline — www.harbourdaily.de`), or, with the host known, a part that opens with
 * the name the host spells and adds a legal form or a country (`BUND e.V.` on
 * `bund.net`, `Business Insider Deutschland` on `businessinsider.de`). Sites sign
 * their titles so on every page; a headline is not written as an address.
 */

/**
 * `www.` and anything, or a name ending in a common top-level domain: `Node.js` or
 * `ASP.NET` are product names, not addresses, so the endings are listed, not guessed.
 */
const DOMAIN =
  /^(?:www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|eu|de|at|ch|fr|it|es|nl|be|dk|se|no|fi|pl|cz|ru|uk|ie|pt|br|jp|cn|kr|in|au|nz|ca|us))$/iu;

export const looksLikeDomain = (part: string): boolean => DOMAIN.test(part.trim());

/** A site's name with a legal form or a country after it runs to a few words. */
const MAX_SITE_WORDS = 4;
const SPACES = /\s+/;

/**
 * Whether the part's first words, run together, spell the host's name (`hostLabel`, as
 * `hostLabelOf` gives it) and more words follow. Whole words only: `Bundesliga` does
 * not open with `bund`.
 */
export const opensWithHostName = (part: string, hostLabel: string | undefined): boolean => {
  if (!hostLabel) return false;
  const words = part.trim().split(SPACES);
  if (words.length > MAX_SITE_WORDS) return false;
  let spelt = '';
  for (const word of words.slice(0, -1)) {
    spelt += lettersOf(word);
    if (spelt === hostLabel) return true;
    if (!hostLabel.startsWith(spelt)) return false;
  }
  return false;
};
