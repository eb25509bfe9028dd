import { DomUtils } from 'htmlparser2';
import { type DateTextOptions, type FoundDate, findDateInText } from '../../text/date-text.ts';
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
    let previous = '';
    for (const line of lines) {
      const found = lineDate(line, previous, options);
      if (found) return { value: found.date, source: 'text', kind: kindOfLineDate(line, found) };
      previous = line;
    }
  }
  return null;
};

/**
 * The line's date, unless the line before labels it as another's (`日時` / `Event date`
 * in a table's label cell): read with that line, the date must still be found.
 */
const lineDate = (line: string, previous: string, options: DateTextOptions): FoundDate | null => {
  if (line.length > MAX_DATE_LINE_CHARS || SENTENCE_END.test(line)) return null;
  const found = findDateInText(line, options);
  if (!found || !isDateLineShape(line, found.index, options)) return null;
  const withLabel = findDateInText(`${previous.slice(-MAX_DATE_LINE_CHARS)} ${line}`, options);
  return withLabel?.date === found.date ? found : null;
};

/**
 * What the line calls its date: the label before it (`Updated May 6, 2025`), else the
 * one after it. An update of the time alone after the date (`PTI | July 9, 2020 |
 * Updated 08:24 IST`) leaves it the publication date: the label before wins.
 */
const kindOfLineDate = (line: string, found: FoundDate): DateCandidate['kind'] =>
  labelledKind(line.slice(0, found.index)) ??
  (UPDATED_CLOCK.test(line.slice(found.index)) ? undefined : labelledKind(line)) ??
  'published';

/** An update label followed by a clock only (`Updated 08:24 IST`, `updated 10.40am`). */
const UPDATED_CLOCK =
  /\b(?:updated|aktualisiert|mis à jour|actualizado)\s*:?\s*(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}/i;

/**
 * A date line's shape: the date opens the line or follows a separator or a date label
 * (`By Ann Lee | `, `Ann Lee · `, `Published `, `Posted on `), and only a time or a short
 * note follows it. `Crews last sailed on March 3, 2025 ...` is a sentence of a dek.
 */
const isDateLineShape = (line: string, at: number, options: DateTextOptions): boolean => {
  const before = line.slice(0, at);
  const opens = before.trim() === '' || SEPARATOR_END.test(before) || DATE_LABEL.test(before);
  return opens && line.length - at <= MAX_DATE_TAIL_CHARS && !opensRange(line.slice(at), options);
};

/**
 * Whether the date opens a range (`21.10.2019 – 27.10.2019`, `May 3, 2025 - May 9, 2025`):
 * an offer's, an event's or a term's period, shown by the headline on deal, event and
 * listing pages, never the day the page was published.
 */
const opensRange = (fromDate: string, options: DateTextOptions): boolean => {
  const start = fromDate.slice(0, MAX_RANGE_START_CHARS);
  // Each dash is tried: an ISO date (`2019-10-21 - 2019-10-27`) holds dashes of its own.
  for (const dash of start.matchAll(RANGE_DASH)) {
    if (dash.index === 0) continue;
    // The dash must be followed by a date: `– Updated 6 March 2025` is an update.
    const after = fromDate.slice(dash.index + dash[0].length);
    if (findDateInText(after, options)?.index === 0) return true;
  }
  return false;
};

/** A dash or a word of range (`bis`, `to`, `until`) between two dates. */
const RANGE_DASH = /\s*(?:[–—-]|\bbis\b|\bto\b|\buntil\b)\s*/gu;
/** A range's first date is written within this many characters (`Wednesday, 5 March 2025`). */
const MAX_RANGE_START_CHARS = 30;

const SEPARATOR_END = /[|•·｜:：,、–—-]\s*$/u;
const DATE_LABEL =
  /^\s*(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?|on|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|am|publié(?:\s+le)?|mis à jour(?:\s+le)?|le|publicado(?:\s+el)?|el|pubblicato(?:\s+il)?|il)\s*:?\s*$/iu;
/** A date with its time and zone: `Wednesday, 5 March 2025, 10:30 GMT` is 34 characters. */
const MAX_DATE_TAIL_CHARS = 40;

/** A byline with its date, or a date line, runs to about a hundred characters. */
const MAX_DATE_LINE_CHARS = 120;
/** A short line ending a sentence is a dek or a caption, whose dates are its topic's. */
const SENTENCE_END = /[.!?…]["'”’)]?$/u;

const isTime = (element: { name: string }): boolean => element.name === 'time';
