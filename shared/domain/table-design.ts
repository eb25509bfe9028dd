/**
 * The ArticlesTable's key and indexes, named once for the stack, the store adapter
 * and the tests. Indexes are sparse: a record without the attribute (a tombstone, a
 * rejection, an article with no date) is simply not in that index.
 */
export const TABLE_PARTITION_KEY = 'articleId';

export const TABLE_INDEXES = {
  /** Articles published on one day (`YYYY-MM-DD`). */
  byPublishedDate: { partitionKey: 'publishedDate' },
  /** Articles from one publisher. */
  byPublisher: { partitionKey: 'publisher' },
  /** Exact duplicates share a content hash. */
  byContentHash: { partitionKey: 'contentHash' },
} as const;

export type TableIndexName = keyof typeof TABLE_INDEXES;
