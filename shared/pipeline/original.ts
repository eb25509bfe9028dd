import type { ContentHashMatch } from './ports.ts';

/**
 * Of the records sharing a content hash, the one a new copy is a duplicate of: not the
 * copy itself, not a record already marked as a duplicate (so two copies never point at
 * each other), the earliest ingested, ties broken by id so every reader picks the same.
 */
export const earliestOriginal = (
  matches: readonly ContentHashMatch[],
  articleId: string,
): string | undefined => {
  let best: ContentHashMatch | undefined;
  for (const match of matches) {
    if (match.articleId === articleId || match.duplicateOf !== undefined) continue;
    if (!best || isEarlier(match, best)) best = match;
  }
  return best?.articleId;
};

/** Ingested first, ties broken by id: the order every reader of the rule agrees on. */
export const isEarlier = (a: ContentHashMatch, b: ContentHashMatch): boolean =>
  a.ingestedAt < b.ingestedAt || (a.ingestedAt === b.ingestedAt && a.articleId < b.articleId);
