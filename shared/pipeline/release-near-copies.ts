import {
  bandProbes,
  canBeNearOriginal,
  type NearDuplicateProbes,
} from '../domain/fingerprint-bands.ts';
import type { ArticleRecord, IngestedRecord } from '../domain/record.ts';
import { mapLimited } from './map-limited.ts';
import { nearestOriginal } from './near-duplicate.ts';
import { isEarlier } from './original.ts';
import type { FingerprintMatch, RecordStore } from './ports.ts';

/** The store calls re-pointing near copies takes. */
export type NearCopyStore = Pick<
  RecordStore,
  'findNearCopies' | 'findByFingerprintBands' | 'getRecord' | 'repointCopy'
>;

/** Near copies read, looked up and rewritten at once. */
const NEAR_COPY_CONCURRENCY = 8;

/** A near copy whose original is going, with the originals it could point at instead. */
interface Orphan {
  copy: IngestedRecord;
  candidates: FingerprintMatch[];
}

/**
 * Re-points the near copies of an original that is about to go (a tombstone, a
 * rejection, other text), before the write that replaces it, as `releaseCopies` does for
 * exact copies: a crash leaves the work to the retry of the same event. Each copy takes
 * the near-duplicate rule again without the departed original: the earliest similar
 * original its bands find, or else it becomes an original itself. Copies are decided in
 * ingestion order, so a copy promoted first is a candidate for the later ones (each is
 * within 8 bits of the departed original, so they are often alike). A copy rewritten
 * since it was read is left to the write that rewrote it. Returns how many were rewritten.
 */
export const releaseNearCopies = async (
  departedId: string,
  store: NearCopyStore,
  probes: NearDuplicateProbes,
  now: Date,
): Promise<number> => {
  const ids = await store.findNearCopies(departedId);
  if (ids.length === 0) return 0;
  const read = await mapLimited(ids, NEAR_COPY_CONCURRENCY, (id) => store.getRecord(id));
  const copies = read.filter((copy) => isNearOrphanOf(copy, departedId));
  const orphanIds = new Set(copies.map((copy) => copy.articleId));
  const orphans = await mapLimited(copies, NEAR_COPY_CONCURRENCY, async (copy) => ({
    copy,
    candidates: (probes === 'off'
      ? []
      : await store.findByFingerprintBands(bandProbes(copy.fingerprint ?? '', probes))
    ).filter((match) => match.articleId !== departedId && !orphanIds.has(match.articleId)),
  }));
  // With the lookup off no article is marked near: every orphan becomes an original.
  const rewrites = decideInOrder(orphans, probes !== 'off', now);
  const written = await mapLimited(rewrites, NEAR_COPY_CONCURRENCY, (next) =>
    store.repointCopy(next, departedId, 'near'),
  );
  return written.filter((outcome) => outcome === 'written').length;
};

/** Whether `copy` (as stored now) is an article still pointing at `departedId` as a near copy. */
const isNearOrphanOf = (copy: ArticleRecord | null, departedId: string): copy is IngestedRecord =>
  copy?.status === 'ingested' && copy.nearDuplicateOf?.articleId === departedId;

/** Each orphan's next form, earliest first; a promoted one joins the later ones' candidates. */
const decideInOrder = (
  orphans: readonly Orphan[],
  repointing: boolean,
  now: Date,
): IngestedRecord[] => {
  const promoted: FingerprintMatch[] = [];
  const ordered = [...orphans].sort((a, b) => (isEarlier(a.copy, b.copy) ? -1 : 1));
  return ordered.map(({ copy, candidates }) => {
    const { nearDuplicateOf: _departed, ...unmarked } = copy;
    const updated = { ...unmarked, updatedAt: now.toISOString() };
    const near = nearestOriginal([...candidates, ...promoted], unmarked);
    if (near !== undefined) return { ...updated, nearDuplicateOf: near };
    if (repointing && canBeNearOriginal(unmarked)) {
      const { articleId, fingerprint, ingestedAt } = unmarked;
      promoted.push({ articleId, fingerprint, ingestedAt });
    }
    return updated;
  });
};
