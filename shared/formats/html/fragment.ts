import { collapseSpaces } from '../../text/whitespace.ts';
import type { DocumentSection } from '../document.ts';
import { emitSections } from './body/emit.ts';
import { measureTree } from './body/node-stats.ts';
import { isElement, parseHtmlDocument, textOf } from './dom.ts';

/**
 * A field that holds one article's body and nothing else (a feed item's `content:encoded`
 * or `description`, an Atom `content`): HTML or plain text, often short. Unlike a page,
 * there is no story to find among furniture, so the whole fragment is the article: its
 * blocks become paragraphs, with widgets (share buttons, scripts) and link-only lines
 * still left out.
 */

/** How the field says its content is written; `auto` looks for block markup. */
export type FragmentType = 'html' | 'text' | 'auto';

const HTML_MARKUP =
  /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|section|article|span|a|em|strong|b|i|img|figure|table)\b[^>]*>/i;
const BLANK_LINE = /\n[ \t]*\n/;
const LINE = /\n/;

export const fragmentSections = (raw: string, type: FragmentType = 'auto'): DocumentSection[] => {
  const html = type === 'html' || (type === 'auto' && HTML_MARKUP.test(raw));
  return html ? htmlFragmentSections(raw) : textSections(raw);
};

/** One line of plain text from a field that may hold HTML (a title of type `html`). */
export const fragmentText = (raw: string, type: FragmentType = 'auto'): string => {
  const html = type === 'html' || (type === 'auto' && HTML_MARKUP.test(raw));
  if (!html) return collapseSpaces(raw);
  const wrapper = parseHtmlDocument(`<div>${raw}</div>`).children[0];
  return wrapper ? textOf(wrapper) : '';
};

const htmlFragmentSections = (raw: string): DocumentSection[] => {
  // Wrapped so that text outside any tag ("Two <b>words</b>") is read too; an `article`
  // is never dropped as a link-heavy container.
  const document = parseHtmlDocument(`<article>${raw}</article>`);
  const roots = document.children.filter(isElement);
  const strict = emitSections(roots, measureTree(document, { useMarks: true }));
  if (strict.sections.length > 0) return strict.sections;
  // Class names judged it all furniture: in a field that holds only the article, a
  // `class="summary"` is not a widget. Link-only text (a "read more") stays out.
  return emitSections(roots, measureTree(document, { useMarks: false })).sections;
};

/** Paragraphs split on blank lines, else on line breaks (short fields use single breaks). */
const textSections = (raw: string): DocumentSection[] => {
  const paragraphs = raw
    .split(BLANK_LINE.test(raw) ? BLANK_LINE : LINE)
    .map(collapseSpaces)
    .filter(Boolean);
  return paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [];
};
