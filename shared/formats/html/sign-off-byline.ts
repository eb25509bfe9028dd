import { DomUtils } from 'htmlparser2';
import { opensWithBylineLabel, splitByline } from '../../text/byline.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import { type HtmlDocument, type HtmlElement, isElement, textOf } from './dom.ts';
import { isSignature } from './name-shape.ts';
import { inCommentThread, inOtherArticles } from './regions.ts';

/**
 * A story signed at its end rather than under its headline: a short paragraph of its
 * own (`<p>Posted by Jane Doe</p>`, `<p>Par Jean Dupont</p>`, `<p>От Иван Петров</p>`)
 * right after the story's running text and closing it, the layout of blogs and of many
 * French, Italian and Eastern European news sites. Only a paragraph that opens with a
 * byline label and names full names counts, and only one that follows a paragraph of
 * prose and has none after it: a label in mid-story is a quote or a heading.
 */
export const signOffNames = (document: HtmlDocument): string[] => {
  const paragraphs = DomUtils.findAll(isParagraph, document.children).slice(0, MAX_PARAGRAPHS);
  for (const paragraph of paragraphs) {
    const text = collapseSpaces(textOf(paragraph)).trim();
    if (text.length > MAX_SIGN_OFF_CHARS || !opensWithBylineLabel(text)) continue;
    if (!closesProse(paragraph) || inCommentThread(paragraph) || inOtherArticles(paragraph)) {
      continue;
    }
    const names = splitByline(text);
    if (names.length === 0) continue;
    // `Posted by Ann Lee, Web Marketing, Acme`: a part that is no full name shows the
    // commas set off her job and company, not co-authors; she alone is named.
    return names.every(isSignature) ? names : names.slice(0, 1).filter(isSignature);
  }
  return [];
};

/** Pages with more paragraphs than this are read up to it: a story ends well before. */
const MAX_PARAGRAPHS = 400;
/** A label and two or three names, with a date or a place: a line, not a paragraph. */
const MAX_SIGN_OFF_CHARS = 80;
/** A paragraph of running text, not a caption or a label. */
const MIN_PROSE_CHARS = 120;
/** How many siblings either side are looked at: a story's closing lines. */
const MAX_SIBLINGS = 8;

const isParagraph = (element: HtmlElement): boolean => element.name === 'p';

/** Whether prose comes just before the paragraph and none after it among its siblings. */
const closesProse = (paragraph: HtmlElement): boolean => {
  const before = siblingParagraphs(paragraph, 'prev');
  const after = siblingParagraphs(paragraph, 'next');
  return before.some(isProse) && !after.some(isProse);
};

const siblingParagraphs = (element: HtmlElement, side: 'prev' | 'next'): HtmlElement[] => {
  const found: HtmlElement[] = [];
  let node = element[side];
  for (let seen = 0; node && seen < MAX_SIBLINGS; node = node[side], seen += 1) {
    if (isElement(node)) found.push(node);
  }
  return found;
};

const isProse = (element: HtmlElement): boolean =>
  isParagraph(element) && collapseSpaces(textOf(element)).length >= MIN_PROSE_CHARS;
