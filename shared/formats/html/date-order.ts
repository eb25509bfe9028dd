import type { DateTextOptions } from '../../text/date-text.ts';

/**
 * Which way a page writes an all-numeric date (`08/11/2023`). US English puts the month
 * first and nearly everyone else the day. The language alone does not tell for a page
 * that says only `en` (or none): British, Irish, Australian, Indian... sites often do, and
 * write the day first; the country of the page's address tells then.
 */
export const numericDateOrder = (languageHint?: string, pageUrl?: string): DateTextOptions => {
  const language = languageHint?.trim() ?? '';
  if (!BARE_OR_US_ENGLISH.test(language)) return { dayFirst: true };
  if (US_ENGLISH.test(language)) return { dayFirst: false };
  return { dayFirst: DAY_FIRST_ENGLISH_HOST.test(hostOf(pageUrl)) };
};

/** `en`, `en-US`, `en_US` (as `og:locale` writes it). */
const BARE_OR_US_ENGLISH = /^en(?:[-_]us)?$/i;
const US_ENGLISH = /^en[-_]us$/i;
/**
 * Country domains of English-writing countries that write the day first (the UK and its
 * `.scot`/`.wales`, Ireland, Australia, New Zealand, India, South Africa, Nigeria, Kenya,
 * Pakistan, Singapore): `breakingnews.ie`, `dailyrecord.co.uk`, `thewest.com.au`.
 */
const DAY_FIRST_ENGLISH_HOST = /\.(?:uk|scot|wales|ie|au|nz|in|za|ng|ke|pk|sg)$/i;

const hostOf = (url: string | undefined): string => {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
