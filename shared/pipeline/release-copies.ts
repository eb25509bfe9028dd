import { TransientError } from '../domain/errors.ts';
import { mapLimited } from './map-limited.ts';
import type { RecordStore } from './ports.ts';
import { type DepartedOriginal, isOrphanOf, planRepoint, repointedCopy } from './repoint-copies.ts';

/** The store calls re-pointing copies takes. */
export type CopyStore = Pick<RecordStore, 'findByContentHash' | 'getRecord' | 'repointCopy'>;

/** Copies re-pointed at once. */
const REPOINT_CONCURRENCY = 8;
/** Rounds lost to concurrent rewrites of the same copies before the message is retried. */
const MAX_ROUNDS = 5;

/**
 * Re-points the copies of an original that is about to stop holding their content (see
 * `planRepoint`), before the write that replaces it, so a crash leaves the work to the
 * retry of the same event, which finds the original still stored and repeats it. Each
 * copy is read again (strongly) and rewritten only if it still points at the departed
 * original, conditional on the sequencer read: a copy rewritten meanwhile is read again,
 * never clobbered. Returns how many copies were rewritten.
 */
export const releaseCopies = async (
  departed: DepartedOriginal,
  store: CopyStore,
  now: Date,
): Promise<number> => {
  // Copies found rewritten since the index answered: no longer candidates for promotion.
  const gone = new Set<string>();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const matches = await store.findByContentHash(departed.contentHash, departed.fingerprint);
    const plan = planRepoint(
      matches.filter((match) => !gone.has(match.articleId)),
      departed.articleId,
    );
    if (
      plan.promote !== undefined &&
      !(await repointOne(plan.promote, undefined, departed, store, now))
    ) {
      gone.add(plan.promote);
      continue;
    }
    const repointed = await mapLimited(plan.repoint, REPOINT_CONCURRENCY, (id) =>
      repointOne(id, plan.original, departed, store, now),
    );
    return repointed.filter(Boolean).length + (plan.promote === undefined ? 0 : 1);
  }
  throw new TransientError(
    `The copies of ${departed.articleId} changed under ${MAX_ROUNDS} re-pointings in a row`,
  );
};

/** Points one copy at `original` (promotes it when none); false when it is no orphan now. */
const repointOne = async (
  copyId: string,
  original: string | undefined,
  departed: DepartedOriginal,
  store: CopyStore,
  now: Date,
): Promise<boolean> => {
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const copy = await store.getRecord(copyId);
    if (!isOrphanOf(copy, departed)) return false;
    const next = repointedCopy(copy, original, now);
    if ((await store.repointCopy(next, departed.articleId)) === 'written') return true;
  }
  throw new TransientError(`The copy ${copyId} changed under ${MAX_ROUNDS} re-pointings in a row`);
};
