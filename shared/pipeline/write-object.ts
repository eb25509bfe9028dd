import { TransientError } from '../domain/errors.ts';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  type NearDuplicateProbes,
} from '../domain/fingerprint-bands.ts';
import type { ArticleRecord } from '../domain/record.ts';
import { mapLimited } from './map-limited.ts';
import type { RecordStore, WriteOutcome } from './ports.ts';
import { retiredItemRecord } from './record-base.ts';
import { type CopyStore, releaseCopies } from './release-copies.ts';
import { type NearCopyStore, releaseNearCopies } from './release-near-copies.ts';
import { type DepartedOriginal, departingOriginal } from './repoint-copies.ts';

/** Item writes in flight at once for one file. */
const ITEM_WRITE_CONCURRENCY = 8;
/** Rounds of read-then-write lost to other events of the same key before retrying later. */
const MAX_OPTIMISTIC_ROUNDS = 5;

/** What one event wrote: the file's record, and for a file of several articles, its items. */
export interface ObjectWriteOutcome {
  outcome: WriteOutcome;
  items?: ItemTally;
  /** Set when the write replaced a live record of the same article (a new version of it). */
  replaced?: true;
}

export interface ItemTally {
  written: number;
  stale: number;
  /** Tombstones written for articles an earlier version of the file held. */
  retired: number;
}

/** The store calls writing one object takes (the lookups only to re-point copies). */
export type ObjectWriteStore = Pick<RecordStore, 'getRecord' | 'putRecord' | 'clearRetiring'> &
  CopyStore &
  NearCopyStore;

/** Finishes the file's own record and writes the item records and tombstones. */
type FinishItems = (retiring: readonly string[]) => Promise<ItemTally>;

/**
 * Writes the record of one S3 object (an article, a rejection, a tombstone, or a file of
 * several articles) and the records of the articles in it. Items are never lost,
 * duplicated or resurrected, whatever the order or repetition of events:
 *
 * 1. The file's record is written first, conditional on its sequencer and on the stored
 *    record being the one just read. It lists the articles earlier versions held that this
 *    one does not (`retiring`), so a retry after a crash still knows them.
 * 2. Item records and the tombstones of retiring ones are written with the file's
 *    sequencer, each conditional on its own stored sequencer, so a late older event loses
 *    to a newer one item by item.
 * 3. `retiring` is cleared, unless a newer event has rewritten the record meanwhile.
 *
 * A repeat of the same event finds its own record stored and redoes steps 2-3, which are
 * idempotent. An older event finds a newer record and writes nothing at all.
 *
 * Before a record replaces an original of some content (with other text, a rejection, a
 * tombstone), the copies pointing at it are re-pointed (`releaseCopies`, and
 * `releaseNearCopies` with the deployment's `probes`); a retry after a crash finds the
 * original still stored and does it again. Every record written over a
 * stored one keeps its `firstIngestedAt`.
 *
 * `now` is the time of the change, given to the tombstones of retiring articles.
 */
export const writeObject = async (
  record: ArticleRecord,
  items: readonly ArticleRecord[],
  store: ObjectWriteStore,
  now: Date,
  probes: NearDuplicateProbes = DEFAULT_NEAR_DUPLICATE_PROBES,
): Promise<ObjectWriteOutcome> => {
  const release = (departed: DepartedOriginal) => releaseAllCopies(departed, store, probes, now);
  const finish: FinishItems = async (retiring) => {
    const tombstones = retiring.map((id) => retiredItemRecord(id, record.source, now));
    const tally = await writeItems(items, tombstones, store, release);
    if (retiring.length > 0) await store.clearRetiring(record.articleId, record.sequencerKey);
    return tally;
  };
  for (let round = 1; round <= MAX_OPTIMISTIC_ROUNDS; round++) {
    const stored = await store.getRecord(record.articleId);
    if (stored && stored.sequencerKey > record.sequencerKey) return { outcome: 'stale' };
    if (stored && stored.sequencerKey === record.sequencerKey) {
      return withTally('stale', record, await finish(stored.retiring ?? []));
    }
    const retiring = retiringIds(stored, record);
    const toWrite = {
      ...keepFirstIngestedAt(stored, record),
      ...(retiring.length > 0 && { retiring }),
    };
    const departed = departingOriginal(stored, toWrite);
    if (departed) await release(departed);
    const ifStoredSequencerKey = stored?.sequencerKey ?? null;
    const outcome = await store.putRecord(toWrite, { ifStoredSequencerKey });
    if (outcome === 'written') {
      const written = withTally('written', record, await finish(retiring));
      return stored && stored.status !== 'removed' ? { ...written, replaced: true } : written;
    }
  }
  throw new TransientError(
    `The record of ${record.source.key} changed under ${MAX_OPTIMISTIC_ROUNDS} writes in a row`,
  );
};

/** The tally is reported for files of several articles, or when earlier items were retired. */
const withTally = (
  outcome: WriteOutcome,
  record: ArticleRecord,
  tally: ItemTally,
): ObjectWriteOutcome =>
  record.status === 'container' || tally.retired > 0 ? { outcome, items: tally } : { outcome };

/** Articles the stored versions of the file held (or were still retiring) and this one lacks. */
const retiringIds = (stored: ArticleRecord | null, record: ArticleRecord): string[] => {
  if (!stored) return [];
  const current = new Set(record.status === 'container' ? record.items : []);
  const previous = [
    ...(stored.status === 'container' ? stored.items : []),
    ...(stored.retiring ?? []),
  ];
  return [...new Set(previous)].filter((id) => !current.has(id));
};

/** Re-points an original's exact copies, then its near copies (which may take a promoted copy). */
const releaseAllCopies = async (
  departed: DepartedOriginal,
  store: ObjectWriteStore,
  probes: NearDuplicateProbes,
  now: Date,
): Promise<void> => {
  await releaseCopies(departed, store, now);
  await releaseNearCopies(departed.articleId, store, probes, now);
};

type ReleaseCopies = (departed: DepartedOriginal) => Promise<void>;

const writeItems = async (
  items: readonly ArticleRecord[],
  tombstones: readonly ArticleRecord[],
  store: ObjectWriteStore,
  release: ReleaseCopies,
): Promise<ItemTally> => {
  const writes = [
    ...items.map((item) => ({ item, retires: false })),
    ...tombstones.map((item) => ({ item, retires: true })),
  ];
  const outcomes = await mapLimited(writes, ITEM_WRITE_CONCURRENCY, ({ item, retires }) =>
    retires ? retireItem(item, store, release) : store.putRecord(item),
  );
  const written = outcomes.slice(0, items.length).filter((o) => o === 'written').length;
  const retired = outcomes.slice(items.length).filter((o) => o === 'written').length;
  return { written, stale: items.length - written, retired };
};

/**
 * Writes the tombstone of an article the file no longer holds. The article's record is
 * read first: its copies are re-pointed if it was an original (an item is the original of
 * a wire story other sites copied), and the tombstone keeps its `firstIngestedAt`.
 */
const retireItem = async (
  tombstone: ArticleRecord,
  store: ObjectWriteStore,
  release: ReleaseCopies,
): Promise<WriteOutcome> => {
  const stored = await store.getRecord(tombstone.articleId);
  if (stored && stored.sequencerKey >= tombstone.sequencerKey) return 'stale';
  const departed = departingOriginal(stored, tombstone);
  if (departed) await release(departed);
  return store.putRecord(keepFirstIngestedAt(stored, tombstone));
};

/** The record with the stored one's first ingestion time (its own when none is stored). */
const keepFirstIngestedAt = <T extends ArticleRecord>(
  stored: ArticleRecord | null,
  record: T,
): T => ({
  ...record,
  firstIngestedAt: stored?.firstIngestedAt ?? stored?.ingestedAt ?? record.ingestedAt,
});
