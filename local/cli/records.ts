import {
  type ArticleListing,
  createDynamoRecordQueries,
  type ListingFilter,
} from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { sdkS3Api } from '#shared/adapters/s3-sdk-api.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import type { ContentReader } from '#shared/pipeline/ports.ts';
import type { StackClients } from './stack.ts';

/** A laptop's table is small: `list` shows every record rather than a first page. */
const LIST_EVERYTHING = Number.POSITIVE_INFINITY;
/** Listings read per index round trip (each shard reads about its share). */
const LISTING_PAGE = 1_000;

const queriesFor = ({ db, info }: StackClients) => {
  const api = sdkDynamoApi(db);
  return createDynamoRecordQueries(
    api,
    info.tableName,
    createDynamoRecordStore(api, info.tableName),
  );
};

export const getRecordByKey = (clients: StackClients, key: string): Promise<ArticleRecord | null> =>
  queriesFor(clients).getRecordByKey(clients.info.articlesBucket, key);

/** The records of a container's articles, in file order (a missing one is skipped). */
export const getItemRecords = async (
  clients: StackClients,
  container: Extract<ArticleRecord, { status: 'container' }>,
): Promise<ArticleRecord[]> => {
  const store = createDynamoRecordStore(sdkDynamoApi(clients.db), clients.info.tableName);
  const records = await Promise.all(container.items.map((id) => store.getRecord(id)));
  return records.filter((record): record is ArticleRecord => record !== null);
};

/** Every record, or those published on `date` or by `publisher` (in publication order). */
export const listRecords = (
  clients: StackClients,
  options: { date?: string; publisher?: string } = {},
): Promise<ArticleRecord[]> =>
  queriesFor(clients).listRecords({
    publishedDate: options.date,
    publisher: options.publisher,
    limit: LIST_EVERYTHING,
  });

/**
 * Every listing of one day or publisher, in publication order, read from the index
 * alone (no full records), a page at a time across all its shards.
 */
export const listListings = async (
  clients: StackClients,
  filter: ListingFilter,
): Promise<ArticleListing[]> => {
  const queries = queriesFor(clients);
  const listings: ArticleListing[] = [];
  let cursor: string | undefined;
  do {
    const page = await queries.listListings(filter, { limit: LISTING_PAGE, cursor });
    listings.push(...page.listings);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return listings;
};

/** Reads offloaded bodies back from the stack's ContentBucket (see `inlineContent`). */
export const contentReader = ({ s3, info }: StackClients): ContentReader =>
  createS3ContentStore(sdkS3Api(s3), info.contentBucket);
