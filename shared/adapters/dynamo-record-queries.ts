import * as z from 'zod/mini';
import { articleIdFor } from '../domain/article-id.ts';
import { type ArticleRecord, RecordStatus, SourceFacts } from '../domain/record.ts';
import type { ShardedIndexName } from '../domain/table-design.ts';
import type { RecordStore } from '../pipeline/ports.ts';
import { type DynamoApi, scanPages } from './dynamo-api.ts';
import { type BatchGetOptions, batchGetItems } from './dynamo-batch-get.ts';
import { parseRecord } from './dynamo-record-item.ts';
import { queryAllShards } from './dynamo-sharded-query.ts';

/** How many records `listRecords` returns when the caller names no limit. */
export const DEFAULT_LIST_LIMIT = 100;
/** The most listings one index read returns; a larger limit is read a page at a time. */
const MAX_PAGE = 1_000;

/** Which index a listing reads: one publication day (`YYYY-MM-DD`) or one publisher. */
export type ListingFilter = { publishedDate: string } | { publisher: string };

/** What the listing indexes project: enough to show a line, and the key to fetch the rest. */
export const ArticleListing = z.object({
  articleId: z.string(),
  status: RecordStatus,
  source: SourceFacts,
  title: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  publishedDate: z.optional(z.string()),
});
export type ArticleListing = z.infer<typeof ArticleListing>;

export interface ListingPage {
  listings: ArticleListing[];
  /** Pass back to read the next page; absent on the last one. */
  cursor?: string;
}

export interface ListRecordsOptions {
  /** `YYYY-MM-DD`: only articles published that day (through the day index). */
  publishedDate?: string;
  /** Only articles of that publisher (through the publisher index). */
  publisher?: string;
  limit?: number;
}

export interface RecordQueries {
  /** The current record of one object, by the bucket and the (decoded) key. */
  getRecordByKey(bucket: string, key: string): Promise<ArticleRecord | null>;
  /**
   * One page of a day's or a publisher's articles, in publication order (`publishedAt`,
   * then id) across every shard, from the index alone.
   */
  listListings(
    filter: ListingFilter,
    page?: { limit?: number; cursor?: string },
  ): Promise<ListingPage>;
  /** The full records of `ids`, in that order (BatchGet); one no longer stored is skipped. */
  getRecords(ids: readonly string[]): Promise<ArticleRecord[]>;
  /**
   * Full records of one day or publisher, in publication order, or any records (a scan)
   * when neither is given, up to `limit`.
   */
  listRecords(options?: ListRecordsOptions): Promise<ArticleRecord[]>;
}

const indexFor = (filter: ListingFilter): { indexName: ShardedIndexName; value: string } =>
  'publishedDate' in filter
    ? { indexName: 'byPublishedDateV2', value: filter.publishedDate }
    : { indexName: 'byPublisherV2', value: filter.publisher };

/** Read helpers over ArticlesTable for the CLI, consumers and tests. */
export const createDynamoRecordQueries = (
  client: DynamoApi,
  tableName: string,
  store: Pick<RecordStore, 'getRecord'>,
  batchOptions: BatchGetOptions = {},
): RecordQueries => {
  const listListings: RecordQueries['listListings'] = async (filter, page = {}) => {
    const limit = Math.min(page.limit ?? DEFAULT_LIST_LIMIT, MAX_PAGE);
    const { items, cursor } = await queryAllShards(client, tableName, {
      ...indexFor(filter),
      limit,
      cursor: page.cursor,
    });
    const listings = items.map((item) => ArticleListing.parse(item));
    return cursor === undefined ? { listings } : { listings, cursor };
  };

  const getRecords: RecordQueries['getRecords'] = async (ids) => {
    const items = await batchGetItems(client, tableName, ids, batchOptions);
    return ids.flatMap((id) => {
      const item = items.get(id);
      return item ? [parseRecord(item)] : [];
    });
  };

  const scanRecords = async (limit: number): Promise<ArticleRecord[]> => {
    const records: ArticleRecord[] = [];
    for await (const page of scanPages(client, { TableName: tableName })) {
      for (const item of page.Items ?? []) {
        if (records.length >= limit) return records;
        records.push(parseRecord(item));
      }
    }
    return records;
  };

  return {
    getRecordByKey: (bucket, key) => store.getRecord(articleIdFor(bucket, key)),
    listListings,
    getRecords,

    async listRecords({ publishedDate, publisher, limit = DEFAULT_LIST_LIMIT } = {}) {
      const filter: ListingFilter | undefined =
        publishedDate !== undefined
          ? { publishedDate }
          : publisher !== undefined
            ? { publisher }
            : undefined;
      if (filter === undefined) return scanRecords(limit);
      const records: ArticleRecord[] = [];
      if (limit <= 0) return records;
      let cursor: string | undefined;
      do {
        const page = await listListings(filter, { limit: limit - records.length, cursor });
        records.push(...(await getRecords(page.listings.map((listing) => listing.articleId))));
        cursor = page.cursor;
      } while (cursor !== undefined && records.length < limit);
      return records;
    },
  };
};
