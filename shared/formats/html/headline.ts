import { DomUtils } from 'htmlparser2';
import { type HtmlDocument, type HtmlElement, textOf } from './dom.ts';
import { inSiteBanner, isHiddenHeading } from './headings.ts';

/**
 * The article's headline element: the first `<h1>`, then `<h2>`, that shares most of its
 * words with the page title; else the first visible `<h1>`. Pages also use `<h1>` for the logo or
 * the section's name (`Fútbol`), and some put the story's title in an `<h2>`.
 */
export const findHeadline = (document: HtmlDocument): HtmlElement | null => {
  const headings = DomUtils.findAll(
    // A heading in the site's banner is its logo: the article's header is elsewhere.
    (element) =>
      (element.name === 'h1' || element.name === 'h2') &&
      !isHiddenHeading(element) &&
      !inSiteBanner(element),
    document.children,
  );
  const h1s = headings.filter((heading) => heading.name === 'h1');
  const title = titleWords(document);
  if (title.size === 0) return h1s[0] ?? null;
  const byLevel = [...h1s, ...headings.filter((heading) => heading.name === 'h2')];
  return byLevel.find((heading) => echoesTitle(heading, title)) ?? h1s[0] ?? null;
};

/**
 * Share of the shorter one's words the other must repeat: titles add the site name and
 * shorten long headlines.
 */
const MIN_SHARED_WORDS = 0.6;
/** A one-word heading is a section name even when the title happens to contain it. */
const MIN_HEADLINE_WORDS = 2;
const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

const titleWords = (document: HtmlDocument): Set<string> => {
  const title = DomUtils.findOne((element) => element.name === 'title', document.children);
  return new Set(title ? wordsOf(textOf(title)) : []);
};

const echoesTitle = (heading: HtmlElement, title: Set<string>): boolean => {
  const words = wordsOf(textOf(heading));
  if (words.length < MIN_HEADLINE_WORDS) return false;
  const shared = new Set(words.filter((word) => title.has(word))).size;
  return shared / Math.min(new Set(words).size, title.size) >= MIN_SHARED_WORDS;
};
