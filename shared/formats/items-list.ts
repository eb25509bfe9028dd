import { activeLimits } from '../domain/work-budget.ts';
import type { ParsedDocument } from './document.ts';
import { safeItemKey } from './item-key.ts';
import { type ReadItem, type ReadOne, type ReadResult, rejected } from './read-result.ts';

/**
 * Turns the articles found in one file into an `items` result: keys filled in and made
 * unique, the item count checked against the limit.
 */

/** One article found in a file, before keys are settled. */
export interface FoundItem {
  /** The item's own identity (a guid, an id, an entry path), when it has one. */
  key?: string;
  result: ReadOne;
}

/**
 * The items of a file, keyed by their own key, else by their 1-based position (`#3`).
 * Keys are made safe first (control characters escaped, long ones cut to a hash: see
 * item-key.ts); a key seen before gets `#2`, `#3`... in order, so re-reading the same
 * bytes gives the same keys. `what` names the file for the too-large detail ("The RSS feed").
 */
export const collectItems = (found: readonly FoundItem[], what: string): ReadResult => {
  if (found.length > activeLimits().maxItemsPerObject) return tooManyItems(found.length, what);
  const used = new Set<string>();
  const items: ReadItem[] = found.map((item, index) => {
    const itemKey = uniqueKey(safeItemKey(item.key?.trim() || `#${index + 1}`), used);
    used.add(itemKey);
    return { itemKey, result: item.result };
  });
  return { kind: 'items', items };
};

const uniqueKey = (key: string, used: ReadonlySet<string>): string => {
  if (!used.has(key)) return key;
  let suffix = 2;
  while (used.has(`${key}#${suffix}`)) suffix += 1;
  return `${key}#${suffix}`;
};

export const tooManyItems = (count: number, what: string): ReadResult =>
  rejected(
    'too-large',
    `${what} holds ${count} articles; one upload may hold at most ${activeLimits().maxItemsPerObject} ` +
      '(split it into several files).',
  );

/**
 * An item's document, or a `no-article` rejection naming the item when it has no text:
 * a list entry without a body is a link or a stub, not an article.
 */
export const documentOrNoText = (document: ParsedDocument, what: string): ReadOne => {
  if (document.sections.some((section) => section.paragraphs.length > 0)) {
    return { kind: 'document', document };
  }
  const name = document.title ? ` "${document.title}"` : '';
  return rejected(
    'no-article',
    `${what}${name} holds no article text (no body, content or description).`,
  );
};
