import { BACKFILL_EVENT_NAME } from '#shared/adapters/sqs-backfill-message.ts';
import type { ObjectOutcome, OutcomeFeed } from '../control/outcome-waiters.ts';
import type { StackInfo } from '../stack/stack-file.ts';
import { requestControlJson } from './control-client.ts';

/** How long one request to the stack waits for news before asking again. */
const POLL_WAIT_MS = 5_000;
/** `put --wait` gives up when the stack has said nothing about its objects this long. */
export const OUTCOME_IDLE_TIMEOUT_MS = 60_000;

/** The stack's outcome cursor: take it before uploading, so no outcome can come before it. */
export const outcomeCursor = async (info: StackInfo): Promise<number> =>
  ((await requestControlJson(info, 'GET', '/outcomes')) as OutcomeFeed).next;

/**
 * An event the bucket sent for an upload. A backfill's message or a delete names the
 * key too, but is not what the upload caused.
 */
const isUploadEvent = (eventName: string): boolean =>
  eventName.startsWith('ObjectCreated:') && eventName !== BACKFILL_EVENT_NAME;

export interface AwaitOptions {
  /** Called once per key, as its outcome arrives. */
  onOutcome: (outcome: ObjectOutcome) => void;
  idleTimeoutMs?: number;
  now?: () => number;
  /** Stops waiting after the current poll (a watch being stopped); the rest come back. */
  signal?: AbortSignal;
}

/**
 * The first outcome the function reports for an upload event of each key, read from the
 * stack's journal after `cursor`: the same outcomes `replay` prints, decided by the same
 * code. Two uploads of one key in the same moment cannot be told apart; the first wins.
 * Returns the keys with no outcome when the stack went quiet for `idleTimeoutMs`.
 */
export const awaitUploadOutcomes = async (
  info: StackInfo,
  keys: readonly string[],
  cursor: number,
  { onOutcome, idleTimeoutMs = OUTCOME_IDLE_TIMEOUT_MS, now = Date.now, signal }: AwaitOptions,
): Promise<string[]> => {
  const pending = new Set(keys);
  let after = cursor;
  let lastNews = now();
  while (pending.size > 0 && now() - lastNews < idleTimeoutMs && !signal?.aborted) {
    const path = `/outcomes?after=${after}&waitMs=${POLL_WAIT_MS}`;
    const feed = (await requestControlJson(info, 'GET', path)) as OutcomeFeed;
    after = feed.next;
    for (const object of feed.results.flatMap((result) => result.objects ?? [])) {
      if (!pending.has(object.key) || !isUploadEvent(object.eventName)) continue;
      pending.delete(object.key);
      lastNews = now();
      onOutcome(object);
    }
  }
  return [...pending];
};
