/** What choosing an original needs to know of each record sharing a content hash. */
export interface OriginalCandidate {
  articleId?: unknown;
  ingestedAt?: unknown;
  duplicateOf?: unknown;
}

/**
 * Of the records sharing a content hash, the one a new copy is a duplicate of: not the
 * copy itself, not a record already marked as a duplicate (so two copies never point at
 * each other), the earliest ingested, ties broken by id so every reader picks the same.
 */
export const earliestOriginal = (
  candidates: readonly OriginalCandidate[],
  articleId: string,
): string | undefined => {
  let best: { id: string; at: string } | undefined;
  for (const candidate of candidates) {
    const id = candidate.articleId;
    const at = candidate.ingestedAt;
    if (typeof id !== 'string' || typeof at !== 'string') continue;
    if (id === articleId || candidate.duplicateOf !== undefined) continue;
    if (!best || at < best.at || (at === best.at && id < best.id)) best = { id, at };
  }
  return best?.id;
};
