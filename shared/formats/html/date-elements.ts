import { spendWork } from '../../domain/work-budget.ts';
import { postedSentenceDate } from '../../text/date-posted.ts';
import { type DateTextOptions, findDateInText } from '../../text/date-text.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import type { DateCandidate } from '../document.ts';
import { findElements } from '../markup/index.ts';
import { inForeignRegion, NO_TEXT } from './date-regions.ts';
import { attr, type HtmlElement, type HtmlNode, isElement } from './dom.ts';

/**
 * Elements that show a date to the reader: `<time>` without a machine value, `<abbr>`,
 * and elements whose class, id or itemprop says they hold one (`post-date`,
 * `entry-meta`, `byline`, `datum`...). Their text is read as `YYYY-MM-DD` with source
 * `text`; an "Updated" label makes it the modified date.
 */
export const readDateElement = (
  element: HtmlElement,
  options: DateTextOptions,
): DateCandidate | null => {
  const { text: shown, whole } = leadingTextOf(element);
  // An empty label (`<abbr title="...">`) shows its date as the tooltip.
  const text = whole ? shown || (attr(element, 'title') ?? '') : shown;
  if (text === '') return null;
  // A longer block (a post's metadata) counts only for a sentence saying when it was posted.
  if (!whole || text.length > MAX_DATE_ELEMENT_CHARS) {
    const posted = postedSentenceDate(text, options);
    return posted && { value: posted.date, source: 'text', kind: 'published' };
  }
  const found = findDateInText(text, options);
  if (!found) return null;
  return { value: found.date, source: 'text', kind: kindOf(text, element) };
};

/**
 * Date-labelled elements under `roots`, in document order, outside scripts, comment
 * threads, lists of other articles and the page's footer and navigation (or outside
 * what `isForeign` says, for a header judged against its headline).
 */
export const dateElementsIn = (
  roots: HtmlNode[],
  isForeign: (node: HtmlNode) => boolean = inForeignRegion,
): HtmlElement[] =>
  findElements(
    (element) => !NO_TEXT.has(element.name) && isDateElement(element) && !isForeign(element),
    roots,
    'html-date-elements',
  );

/** Date labels are short; a long text is a paragraph that happens to carry the class. */
const MAX_DATE_ELEMENT_CHARS = 160;

const DATE_HINT =
  /date|time|publi|posted|byline|meta|dateline|datum|fecha|data|zeit|entry-info|article-info/i;
/** Furniture whose class merely contains a date word: timers, timelines, metadata menus. */
const NOT_A_DATE = /timeline|timer|timezone|runtime|metadata-nav|update-time/i;
const MODIFIED =
  /updat|aktualisiert|modifi|actualiz|mis à jour|bijgewerkt|editado|last edited|revision/i;
const PUBLISHED = /publi|veröffentlicht|erschienen|posted/i;
export const isDateElement = (element: HtmlElement): boolean => {
  if (element.name === 'abbr' || (element.name === 'time' && !element.attribs.datetime)) {
    return true;
  }
  const { class: className, id, itemprop } = element.attribs;
  if (className === undefined && id === undefined && itemprop === undefined) return false;
  const hint = `${className ?? ''} ${id ?? ''} ${itemprop ?? ''}`;
  return DATE_HINT.test(hint) && !NOT_A_DATE.test(hint);
};

/**
 * The element's text, `whole` unless it is longer than a date label: then only its start
 * is read, as the walk stops early (by characters and by nodes), so big containers that
 * carry a date class cost little.
 */
const leadingTextOf = (element: HtmlElement): { text: string; whole: boolean } => {
  let raw = '';
  let visited = 0;
  const stack: HtmlNode[] = [...element.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visited += 1;
    if (node.type === 'text' && 'data' in node) raw += ` ${node.data}`;
    if (raw.length > MAX_RAW_CHARS || visited > MAX_LABEL_NODES) break;
    if (isElement(node) && !NO_TEXT.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i -= 1)
        stack.push(node.children[i] as HtmlNode);
    }
  }
  spendWork(visited + raw.length, 'html-date-label');
  return {
    text: collapseSpaces(raw.slice(0, MAX_RAW_CHARS)),
    whole: raw.length <= MAX_RAW_CHARS && visited <= MAX_LABEL_NODES,
  };
};

/** A date label is a few spans at most; a subtree of more nodes is a container. */
const MAX_LABEL_NODES = 64;
/** Raw text (with the markup's indentation) read before a label is judged too long. */
const MAX_RAW_CHARS = MAX_DATE_ELEMENT_CHARS * 4;

/** What a date's label calls it (`Published`, `Updated`...), or undefined with no label. */
export const labelledKind = (text: string): DateCandidate['kind'] | undefined => {
  if (PUBLISHED.test(text)) return 'published';
  if (MODIFIED.test(text)) return 'modified';
  return undefined;
};

/** The label the reader sees decides; the class only when the text names neither. */
const kindOf = (text: string, element: HtmlElement): DateCandidate['kind'] => {
  const labelled = labelledKind(text);
  if (labelled) return labelled;
  const className = element.attribs.class ?? '';
  return MODIFIED.test(className) && !PUBLISHED.test(className) ? 'modified' : 'published';
};
