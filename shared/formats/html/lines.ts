import { spendWork } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import { type HtmlElement, type HtmlNode, isElement } from './dom.ts';

/**
 * The element's text split where blocks (`div`, `p`, `br`...) break the line, as the
 * reader sees it: a byline, a date line and a dek are separate lines. Code and pictures
 * are left out, and `<time>`s unless `keepTimes`; with `skipsScreenReaderText`, text
 * hidden from sight for screen readers (`sr-only`, `screen-reader-text`) too. Every node walked is charged to the
 * work budget.
 */
export const linesOf = (
  element: HtmlElement,
  { keepTimes = false, skipsScreenReaderText = false } = {},
): string[] => {
  const skipped = keepTimes ? NO_TEXT : SKIPPED;
  const lines: string[] = [''];
  let visited = 0;
  const walk = (node: HtmlNode): void => {
    visited += 1;
    if (node.type === 'text' && 'data' in node) lines[lines.length - 1] += node.data;
    if (!isElement(node) || skipped.has(node.name)) return;
    if (skipsScreenReaderText && SCREEN_READER_ONLY.test(node.attribs.class ?? '')) return;
    const breaks = !INLINE.has(node.name);
    if (breaks) lines.push('');
    for (const child of node.children) walk(child);
    if (breaks) lines.push('');
  };
  for (const child of element.children) walk(child);
  spendWork(visited, 'html-lines');
  return lines.map((line) => collapseSpaces(line)).filter(Boolean);
};

const INLINE = new Set([
  'a',
  'span',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'abbr',
  'small',
  'font',
  'time',
]);
/** Code, templates and pictures show no text... */
const NO_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** ...and a `<time>` beside a byline is its date, not a name. */
const SKIPPED: ReadonlySet<string> = new Set([...NO_TEXT, 'time']);
/** Class names of text shown to screen readers only, as common CSS frameworks name it. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-?hidden|visuallyhidden|a11y-hidden|assistive-text|element-invisible|offscreen)(?:\s|$)/i;
