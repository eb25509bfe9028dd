import type { RejectReason } from '../domain/record.ts';
import type { ParsedDocument } from './document.ts';
import { MalformedInputError } from './malformed.ts';
import { TooDeepError, TooLargeInputError } from './too-deep.ts';

/** What every reader gives back (`readDocument`, the feed, list and container readers). */

/** Why the bytes are not an article (or not one more): a value, not a throw. */
export interface Rejection {
  kind: 'rejected';
  reason: RejectReason;
  detail: string;
}

/** One article read, or why the bytes are not one (a value, not a throw). */
export type ReadOne = { kind: 'document'; document: ParsedDocument } | Rejection;

/**
 * One article of a file that holds several: a feed item, an archive entry, an element of
 * a JSON list, a newsItem of a NewsML message.
 */
export interface ReadItem {
  /**
   * Names the item within its file, stable across re-uploads of the file so that the
   * item's record is updated, not duplicated: a guid or link, an entry path, else the
   * position (`#3`). Unique within one read; items of a nested file are `outer/inner`.
   */
  itemKey: string;
  result: ReadOne;
}

/**
 * What reading gives: one article, several (`items`, even when the file holds just one
 * item: a feed of one item is still a feed), or why the bytes are not articles.
 */
export type ReadResult = ReadOne | { kind: 'items'; items: ReadItem[] };

export const rejected = (reason: RejectReason, detail: string): Rejection => ({
  kind: 'rejected',
  reason,
  detail,
});

/**
 * The rejection of an error a parser throws on the input's own structure: nesting past
 * the depth limit is `too-deep`, more than a reader builds in memory `too-large`, other
 * broken syntax `malformed`; anything else is not the input's fault (undefined).
 */
export const rejectionOfParseError = (error: unknown): Rejection | undefined => {
  if (!(error instanceof Error)) return undefined;
  if (error instanceof TooDeepError) return rejected('too-deep', error.message);
  if (error instanceof TooLargeInputError) return rejected('too-large', error.message);
  if (error instanceof MalformedInputError) return rejected('malformed', error.message);
  return undefined;
};

/** Runs a reader: input whose own syntax is broken beyond recovery becomes a rejection. */
export const readOrMalformed = <T>(read: () => T): T | Rejection => {
  try {
    return read();
  } catch (error) {
    const rejection = rejectionOfParseError(error);
    if (rejection) return rejection;
    throw error;
  }
};
