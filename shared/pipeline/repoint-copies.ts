import type { ArticleRecord, IngestedRecord } from '../domain/record.ts';
import { isEarlier } from './original.ts';
import type { ContentHashMatch } from './ports.ts';

/** An original that no longer holds the content its copies point at it for. */
export interface DepartedOriginal {
  articleId: string;
  contentHash: string;
  /** Its body's fingerprint: the store finds the content's records by both. */
  fingerprint?: string;
}

/**
 * What becomes of the copies of a departed original: the earliest remaining record of
 * the content is their original now. When that is one of the copies it is promoted (its
 * `duplicateOf` cleared); the other copies point at it.
 */
export interface RepointPlan {
  /** The copy that becomes the original, when no earlier original of the content remains. */
  promote?: string;
  /** Where `repoint` copies point from now on (set whenever `repoint` or `promote` is). */
  original?: string;
  /** The copies still pointing at the departed original, less the promoted one. */
  repoint: string[];
}

/**
 * Whether writing `next` over `stored` takes an original away from its content: the stored
 * record was an article no copy of anything, and the next one is not the same content's
 * original (other text, a rejection, a tombstone, or now a copy itself). A record whose
 * content hash is empty is in no hash index, so nothing points at it for it.
 */
export const departingOriginal = (
  stored: ArticleRecord | null,
  next: ArticleRecord,
): DepartedOriginal | undefined => {
  if (stored?.status !== 'ingested' || stored.duplicateOf !== undefined) return undefined;
  if (stored.contentHash === '') return undefined;
  const staysOriginal =
    next.status === 'ingested' &&
    next.contentHash === stored.contentHash &&
    next.duplicateOf === undefined;
  return staysOriginal
    ? undefined
    : {
        articleId: stored.articleId,
        contentHash: stored.contentHash,
        ...(stored.fingerprint !== undefined && { fingerprint: stored.fingerprint }),
      };
};

/**
 * The plan for the records sharing a departed original's content hash. The same rule as
 * a new copy's (`earliestOriginal`): the earliest ingested, ties by id, among the
 * remaining originals and the orphaned copies, so every run over the same table picks the
 * same. A re-run after part of a plan was written finds the promoted copy an original and
 * the repointed copies no longer orphans, and finishes the rest: the step is idempotent.
 */
export const planRepoint = (
  matches: readonly ContentHashMatch[],
  departedId: string,
): RepointPlan => {
  const orphans = matches.filter(
    (match) => match.duplicateOf === departedId && match.articleId !== departedId,
  );
  if (orphans.length === 0) return { repoint: [] };
  const originals = matches.filter(
    (match) => match.duplicateOf === undefined && match.articleId !== departedId,
  );
  const earliest = [...originals, ...orphans].reduce((best, match) =>
    isEarlier(match, best) ? match : best,
  );
  const promoted = orphans.includes(earliest);
  return {
    ...(promoted && { promote: earliest.articleId }),
    original: earliest.articleId,
    repoint: orphans.filter((orphan) => orphan !== earliest).map((orphan) => orphan.articleId),
  };
};

/** Whether `copy` (as stored now) still points at the departed original for its content. */
export const isOrphanOf = (
  copy: ArticleRecord | null,
  departed: DepartedOriginal,
): copy is IngestedRecord =>
  copy?.status === 'ingested' &&
  copy.contentHash === departed.contentHash &&
  copy.duplicateOf === departed.articleId;

/** The copy pointing at `original` instead, or promoted to original when none is given. */
export const repointedCopy = (
  copy: IngestedRecord,
  original: string | undefined,
  now: Date,
): IngestedRecord => {
  const { duplicateOf: _departed, ...rest } = copy;
  const updatedAt = now.toISOString();
  return original === undefined
    ? { ...rest, updatedAt }
    : { ...rest, duplicateOf: original, updatedAt };
};
