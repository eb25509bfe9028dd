import { firstNamed, type HtmlDocument, textOf } from './dom.ts';
import { feedSiteNames } from './title-context.ts';

/**
 * Names a page gives its site besides `og:site_name`: the last part of its `<title>`
 * (`Harbour opens - Daily Bridge`) and its feeds' titles (`feedSiteNames`). Pages that
 * state no publisher still sign every title with the site's name, and a CMS that puts
 * that name in the author field credits no writer.
 */
export const pageSiteNames = (document: HtmlDocument): string[] => {
  const title = firstNamed(document, 'title');
  const parts = title ? textOf(title).split(TITLE_SEPARATOR) : [];
  const last = parts.length > 1 ? (parts.at(-1)?.trim() ?? '') : '';
  const fromTitle = last !== '' && last.split(/\s+/).length <= MAX_SITE_WORDS ? [last] : [];
  return [...fromTitle, ...feedSiteNames(document)];
};

/**
 * ` - `, ` | `, ` – `, ` — `, ` · `, ` » `, ` « `, and the full-width `｜` of CJK titles
 * (spaced or not): how titles join the headline and the site.
 */
export const TITLE_SEPARATOR = /\s*｜\s*|\s+[-–—|·•»«]\s+/u;
/** A site's name runs to a few words; a longer last part is the headline's own clause. */
const MAX_SITE_WORDS = 5;
