import { canBeNearOriginal } from '../domain/fingerprint-bands.ts';
import type { IngestedRecord } from '../domain/record.ts';
import { hammingDistance } from '../extract/fingerprint.ts';
import type { FingerprintMatch } from './ports.ts';

const FINGERPRINT_BITS = 64;

/**
 * The least similarity (1 - differing bits / 64) that marks a near duplicate: 0.875, at
 * most 8 bits apart. On wire copies generated from the fixtures (bench/near-duplicates)
 * no different article, same-topic article or follow-up came closer than 16 bits, while
 * unrelated fingerprints behave like random bits (median 32), so each bit more of slack
 * multiplies the chance false marks of a large table by about four: at 8 bits, about 3 in
 * 10,000 new articles in a table of a million. 10 bits would find 0.58 of the edited
 * copies instead of 0.45, at 35 times the chance false marks.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.875;

/** How alike two fingerprints are: the share of their 64 bits that agree. */
export const fingerprintSimilarity = (a: string, b: string): number =>
  1 - hammingDistance(a, b) / FINGERPRINT_BITS;

export interface NearOriginal {
  articleId: string;
  similarity: number;
}

/**
 * Of the articles sharing a band with a new one, the one it is a near copy of: similar
 * enough, not the article itself, the earliest ingested (ties by id, so every reader
 * picks the same), as exact duplicates pick theirs. A body too short to judge gets none.
 */
export const nearestOriginal = (
  matches: readonly FingerprintMatch[],
  record: Pick<IngestedRecord, 'articleId' | 'fingerprint' | 'wordCount'>,
): NearOriginal | undefined => {
  if (!canBeNearOriginal(record)) return undefined;
  let best: NearOriginal | undefined;
  let bestAt = '';
  for (const match of matches) {
    if (match.articleId === record.articleId) continue;
    const similarity = fingerprintSimilarity(record.fingerprint, match.fingerprint);
    if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
    if (!best || isEarlier(match, bestAt, best.articleId)) {
      best = { articleId: match.articleId, similarity };
      bestAt = match.ingestedAt;
    }
  }
  return best;
};

const isEarlier = (match: FingerprintMatch, at: string, articleId: string): boolean =>
  match.ingestedAt < at || (match.ingestedAt === at && match.articleId < articleId);
