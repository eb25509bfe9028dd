import { IngestError, TransientError } from '../domain/errors.ts';
import {
  INDEX_SHARDS,
  type ShardedIndexName,
  shardKey,
  TABLE_INDEXES,
} from '../domain/table-design.ts';
import { type DynamoApi, queryPages } from './dynamo-api.ts';

type Item = Record<string, unknown>;

/** One page of a sharded index, in sort-key order, and where the next page starts. */
export interface ShardedPage {
  items: Item[];
  /** Opaque; absent when the listing is complete. */
  cursor?: string;
}

export interface ShardedQuery {
  indexName: ShardedIndexName;
  /** The unsharded key value: a day or a publisher. */
  value: string;
  limit: number;
  cursor?: string;
}

/** Extra items each shard reads in its first page, so an uneven spread rarely needs a second. */
const PAGE_SLACK = 2;

/**
 * The cursor is the sort key of the last item returned. Every shard orders by the same
 * unique key, so "after it" means the same thing on each shard and paging needs no
 * per-shard state. base64url keeps it opaque and safe on a command line.
 */
export const encodeCursor = (sortKey: string): string =>
  Buffer.from(sortKey, 'utf8').toString('base64url');

/** The sort key a cursor names, or undefined when the text is not a cursor of ours. */
export const decodeCursor = (cursor: string): string | undefined => {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  return sortKey.includes('#') && encodeCursor(sortKey) === cursor ? sortKey : undefined;
};

/**
 * Queries every shard of `value` and merges them in sort-key order (a k-way merge of
 * the shards' ascending pages), returning at most `limit` items. Each shard is read
 * lazily: its first page holds about its share of the limit, and a further page is read
 * only when the merge has used up the one before.
 */
export const queryAllShards = async (
  client: DynamoApi,
  tableName: string,
  query: ShardedQuery,
): Promise<ShardedPage> => {
  const { indexName, value, limit } = query;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && after === undefined) {
    throw new IngestError(`'${query.cursor}' is not a listing cursor`);
  }
  const { sortKey } = TABLE_INDEXES[indexName];
  const pageSize = Math.ceil(limit / INDEX_SHARDS) + PAGE_SLACK;
  const shards = Array.from({ length: INDEX_SHARDS }, (_, shard) =>
    shardItems(client, { tableName, indexName, key: shardKey(value, shard), after, pageSize }),
  );
  try {
    const heads = await Promise.all(shards.map((shard) => shard.next()));
    const items: Item[] = [];
    while (items.length < limit) {
      const next = smallestHead(heads, sortKey);
      if (next === undefined) return { items };
      const head = heads[next];
      if (head && !head.done) items.push(head.value);
      heads[next] = await (shards[next] as AsyncGenerator<Item>).next();
    }
    const more = heads.some((head) => !head.done);
    const last = items.at(-1);
    return more && last ? { items, cursor: encodeCursor(String(last[sortKey])) } : { items };
  } catch (error) {
    throw new TransientError(`Query ${indexName} of ${tableName} failed`, { cause: error });
  } finally {
    await Promise.all(shards.map((shard) => shard.return(undefined)));
  }
};

interface ShardRead {
  tableName: string;
  indexName: ShardedIndexName;
  key: string;
  after: string | undefined;
  pageSize: number;
}

/** The items of one shard in ascending sort-key order, after `after`, read a page at a time. */
async function* shardItems(
  client: DynamoApi,
  { tableName, indexName, key, after, pageSize }: ShardRead,
): AsyncGenerator<Item> {
  const { partitionKey, sortKey } = TABLE_INDEXES[indexName];
  const pages = queryPages(client, {
    Limit: pageSize,
    TableName: tableName,
    IndexName: indexName,
    KeyConditionExpression: after === undefined ? '#pk = :pk' : '#pk = :pk AND #sk > :after',
    ExpressionAttributeNames: {
      '#pk': partitionKey,
      ...(after === undefined ? {} : { '#sk': sortKey }),
    },
    ExpressionAttributeValues: {
      ':pk': key,
      ...(after === undefined ? {} : { ':after': after }),
    },
  });
  for await (const page of pages) yield* page.Items ?? [];
}

/** The index of the shard whose next item sorts first, or undefined when all are done. */
const smallestHead = (heads: IteratorResult<Item>[], sortKey: string): number | undefined => {
  let best: number | undefined;
  let bestKey = '';
  heads.forEach((head, index) => {
    if (head.done) return;
    const key = String(head.value[sortKey]);
    if (best === undefined || key < bestKey) {
      best = index;
      bestKey = key;
    }
  });
  return best;
};
