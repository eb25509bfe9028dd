import { DomUtils } from 'htmlparser2';
import { type DateTextOptions, findDateInText } from '../../text/date-text.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import type { DateCandidate } from '../document.ts';
import { labelledKind } from './date-elements.ts';
import { type HtmlNode, isElement, textOf } from './dom.ts';
import { linesOf } from './lines.ts';

/**
 * The date a header shows as plain text on a line of its own (`<p>By Jane Doe · March 5,
 * 2025</p>`, `<div>Published 5 March 2025</div>`), for templates that give the date no
 * class and no `<time>`. Only a short line that is no sentence counts: a date inside
 * prose (a paragraph, a dek) is one the article talks about. A header holding a `<time>` shows its date as markup, and
 * nothing is read from its text then.
 */
export const dateLineIn = (
  nodes: readonly HtmlNode[],
  options: DateTextOptions,
): DateCandidate | null => {
  for (const node of nodes) {
    if (isElement(node) && (node.name === 'time' || DomUtils.findOne(isTime, node.children))) {
      return null;
    }
    const lines = isElement(node) ? linesOf(node) : [collapseSpaces(textOf(node))];
    for (const line of lines) {
      if (line.length > MAX_DATE_LINE_CHARS || SENTENCE_END.test(line)) continue;
      const found = findDateInText(line, options);
      if (found)
        return { value: found.date, source: 'text', kind: labelledKind(line) ?? 'published' };
    }
  }
  return null;
};

/** A byline with its date, or a date line, runs to about a hundred characters. */
const MAX_DATE_LINE_CHARS = 120;
/** A short line ending a sentence is a dek or a caption, whose dates are its topic's. */
const SENTENCE_END = /[.!?…]["'”’)]?$/u;

const isTime = (element: { name: string }): boolean => element.name === 'time';
