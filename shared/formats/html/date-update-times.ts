import type { DateCandidate } from '../document.ts';
import { attr, type HtmlElement, type HtmlNode, isElement, textOf } from './dom.ts';
import { isTimeElement } from './page-times.ts';

/**
 * The markup's `<time datetime>` dates with those the page labels as an update made
 * `modified`: `last updated <time datetime="...">4 April 17</time>`, `<span>Aktualisiert:
 * </span><time>`, `<time>Updated 4 April</time>`. A byline shows the update where there
 * is one, and a template that marks it up as a plain `<time>` would otherwise pass it for
 * the publication date. A value some unlabelled `<time>` also carries stays published.
 * Bounded: the page's `<time>`s (`pageTimes`), each with a few siblings read.
 */
export const withUpdateTimes = (
  times: readonly HtmlElement[],
  markup: readonly DateCandidate[],
): DateCandidate[] => {
  if (times.length === 0) return [...markup];
  const updates = new Set<string>();
  const plain = new Set<string>();
  for (const time of times) {
    const value = attr(time, 'datetime');
    if (value) (isLabelledUpdate(time) ? updates : plain).add(value);
  }
  return markup.map((candidate) =>
    isTimeElement(candidate) && updates.has(candidate.value) && !plain.has(candidate.value)
      ? { ...candidate, kind: 'modified' }
      : candidate,
  );
};

/** Whether the `<time>`'s own text opens with an update label, or the text before it ends with one. */
const isLabelledUpdate = (time: HtmlElement): boolean =>
  UPDATE_OPENS.test(textOf(time)) || UPDATE_ENDS.test(textBefore(time));

/**
 * The text just before the `<time>`: its previous siblings', else (a `<time>` that opens
 * its wrapper) the wrapper's previous siblings', up to `LABEL_CHARS`.
 */
const textBefore = (time: HtmlElement): string => {
  let node: HtmlNode = time;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    let before = '';
    for (
      let sibling = node.prev as HtmlNode | null, taken = 0;
      sibling && taken < MAX_SIBLINGS && before.length < LABEL_CHARS;
      sibling = sibling.prev as HtmlNode | null, taken += 1
    ) {
      // A label is text, an icon or a small span; a bigger sibling is content, not read.
      if (isElement(sibling) && sibling.children.length > MAX_LABEL_CHILDREN) break;
      before = `${textOf(sibling)} ${before}`;
    }
    if (before.trim() !== '') return before.trim().slice(-LABEL_CHARS);
    const parent = node.parent;
    if (!parent || !isElement(parent as HtmlNode)) break;
    node = parent as HtmlNode;
  }
  return '';
};

const UPDATE_WORDS =
  '(?:last\\s+)?(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)';
/** The label ends the text before the date (`last updated`, `Aktualisiert am:`). */
const UPDATE_ENDS = new RegExp(
  `\\b${UPDATE_WORDS}(?:\\s+(?:on|at|am|le|el|il|op))?\\s*:?\\s*$`,
  'iu',
);
/** The label opens the `<time>`'s own text (`Updated 4 April 2017`). */
const UPDATE_OPENS = new RegExp(`^\\s*${UPDATE_WORDS}\\b`, 'iu');

/** A label is a word or two; the text before it is a byline at most. */
const LABEL_CHARS = 40;
/** Siblings read for the label: a text node, an icon, a separator. */
const MAX_SIBLINGS = 3;
/** Children of a sibling that can still be a label (`<span><i></i> Updated</span>`). */
const MAX_LABEL_CHILDREN = 3;
/** Wrappers climbed when the `<time>` opens its own (`<span class="date"><time>`). */
const MAX_LEVELS = 3;
