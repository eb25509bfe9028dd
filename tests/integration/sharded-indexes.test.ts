import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';
import {
  INDEX_KEY_ATTRIBUTES,
  INDEX_SHARDS,
  LISTING_ATTRIBUTES,
  shardKey,
  shardOf,
  TABLE_INDEXES,
  type TableIndexName,
} from '#shared/domain/table-design.ts';
import { removedRecord } from '#shared/pipeline/record-base.ts';
import { CLIENT_KINDS } from './support/emulator-clients.ts';
import { ingestedRecord, sourceFor } from './support/records.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const DAY = '2025-11-05';

/** `count` articles of one day, a minute apart, with every third sharing the one before's time. */
const dayOfArticles = (count: number): IngestedRecord[] =>
  Array.from({ length: count }, (_, i) => {
    const minute = String(Math.floor(i - (i % 3 === 2 ? 1 : 0))).padStart(2, '0');
    return ingestedRecord(`shards/${i}.txt`, '0A', {
      publishedDate: DAY,
      publishedAt: `${DAY}T08:${minute}:00.000Z`,
      publisher: 'Harbour Gazette',
    });
  });

const byPublicationOrder = (a: IngestedRecord, b: IngestedRecord): number =>
  (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
  (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0);

describe.each(CLIENT_KINDS)('the sharded indexes (%s client)', (kind) => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline(kind);
  });

  const store = () => pipeline.deps.store;

  /** Every item of one index under `value`, read shard by shard, straight from DynamoDB. */
  const indexItems = async (indexName: TableIndexName, value: string) => {
    const { partitionKey } = TABLE_INDEXES[indexName];
    const items: Record<string, unknown>[] = [];
    for (let shard = 0; shard < INDEX_SHARDS; shard += 1) {
      const { Items = [] } = await pipeline.clients.documents.send(
        new QueryCommand({
          TableName: pipeline.tableName,
          IndexName: indexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': partitionKey },
          ExpressionAttributeValues: { ':pk': shardKey(value, shard) },
        }),
      );
      items.push(...Items);
    }
    return items;
  };

  it('keeps one index item per article when a newer event rewrites it', async () => {
    const first = ingestedRecord('shards/rewrite.txt', '0100', {
      publishedDate: DAY,
      publishedAt: `${DAY}T07:00:00.000Z`,
    });
    const rewrite = ingestedRecord('shards/rewrite.txt', '0101', {
      publishedDate: DAY,
      publishedAt: `${DAY}T07:30:00.000Z`,
      title: 'Rewritten',
    });
    await store().putRecord(first);

    expect(await store().putRecord(rewrite)).toBe('written');

    const items = await indexItems('byPublishedDateV2', DAY);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      articleId: first.articleId,
      title: 'Rewritten',
      [INDEX_KEY_ATTRIBUTES.dayShard]: shardKey(DAY, shardOf(first.articleId)),
    });
  });

  it('moves an article to its new day and drops a tombstone from the index', async () => {
    const dated = ingestedRecord('shards/moved.txt', '0100', { publishedDate: DAY });
    const redated = ingestedRecord('shards/moved.txt', '0101', { publishedDate: '2025-11-06' });
    await store().putRecord(dated);
    await store().putRecord(redated);

    expect(await indexItems('byPublishedDateV2', DAY)).toEqual([]);
    expect(await indexItems('byPublishedDateV2', '2025-11-06')).toHaveLength(1);

    await store().putRecord(removedRecord(sourceFor('shards/moved.txt', '0102'), new Date()));
    expect(await indexItems('byPublishedDateV2', '2025-11-06')).toEqual([]);
  });

  it('projects only the listing attributes and the keys, never the body', async () => {
    const record = ingestedRecord('shards/projection.txt', '0A', {
      publishedDate: DAY,
      publishedAt: `${DAY}T09:00:00.000Z`,
      publisher: 'Harbour Gazette',
    });
    await store().putRecord(record);

    const [dayItem] = await indexItems('byPublishedDateV2', DAY);
    const [publisherItem] = await indexItems('byPublisherV2', 'Harbour Gazette');

    const expected = (shardKey: string) =>
      ['articleId', shardKey, INDEX_KEY_ATTRIBUTES.publishedOrder, ...LISTING_ATTRIBUTES].sort();
    expect(Object.keys(dayItem ?? {}).sort()).toEqual(expected(INDEX_KEY_ATTRIBUTES.dayShard));
    expect(Object.keys(publisherItem ?? {}).sort()).toEqual(
      expected(INDEX_KEY_ATTRIBUTES.publisherShard),
    );
  });

  it('lists a day across every shard in publication order, a page at a time', async () => {
    const records = dayOfArticles(23);
    expect(new Set(records.map((r) => shardOf(r.articleId))).size).toBeGreaterThan(3);
    for (const record of [...records].reverse()) await store().putRecord(record);
    await store().putRecord(
      ingestedRecord('shards/other-day.txt', '0A', { publishedDate: '2025-11-06' }),
    );

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await pipeline.queries.listListings(
        { publishedDate: DAY },
        { limit: 5, cursor },
      );
      pages.push(page.listings.map((listing) => listing.articleId));
      cursor = page.cursor;
    } while (cursor !== undefined && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat()).toEqual([...records].sort(byPublicationOrder).map((r) => r.articleId));
  });

  it('lists a publisher in the same order, and the full records in that order', async () => {
    const records = dayOfArticles(9);
    for (const record of records) await store().putRecord(record);

    const listed = await pipeline.queries.listRecords({ publisher: 'Harbour Gazette', limit: 7 });

    expect(listed).toEqual([...records].sort(byPublicationOrder).slice(0, 7));
  });

  it('says a page is the last when nothing follows it', async () => {
    for (const record of dayOfArticles(4)) await store().putRecord(record);

    const whole = await pipeline.queries.listListings({ publishedDate: DAY }, { limit: 4 });
    const more = await pipeline.queries.listListings({ publishedDate: DAY }, { limit: 3 });

    expect(whole.cursor).toBeUndefined();
    expect(more.cursor).toBeDefined();
    await expect(
      pipeline.queries.listListings({ publishedDate: DAY }, { cursor: 'not a cursor' }),
    ).rejects.toThrow(/not a listing cursor/);
  });
});

describe('full records by BatchGet', () => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
  });

  it('reads more than 100 records, in the order asked, skipping ids with no record', async () => {
    const records = Array.from({ length: 130 }, (_, i) => ingestedRecord(`batch/${i}.txt`, '0A'));
    for (const record of records) await pipeline.deps.store.putRecord(record);
    const ids = [...records.map((r) => r.articleId)].reverse();

    const found = await pipeline.queries.getRecords([...ids, 'f'.repeat(32), ids[0] ?? '']);

    expect(found.map((r) => r.articleId)).toEqual([...ids, ids[0]]);
  });

  it('asks again for the keys DynamoDB leaves unprocessed, and gives up after bounded rounds', async () => {
    const records = Array.from({ length: 6 }, (_, i) => ingestedRecord(`batch/u${i}.txt`, '0A'));
    for (const record of records) await pipeline.deps.store.putRecord(record);
    const withheld = withholdKeys(pipeline, 3); // the first rounds return some keys unprocessed
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const queries = createDynamoRecordQueries(
      pipeline.apis.dynamo,
      pipeline.tableName,
      createDynamoRecordStore(pipeline.apis.dynamo, pipeline.tableName),
      { sleep },
    );

    const found = await queries.getRecords(records.map((r) => r.articleId));

    expect(found).toEqual(records);
    expect(withheld.rounds).toBeGreaterThan(1);

    withheld.everything = true;
    await expect(queries.getRecords([records[0]?.articleId ?? ''])).rejects.toThrow(
      /unprocessed after 6 rounds/,
    );
    expect(waits.length).toBeGreaterThan(5);
  });
});

/**
 * Makes DynamoDB Local behave as a throttled table: the first `times` BatchGetItem answers
 * hand back all but one of their items as UnprocessedKeys (or, once `everything` is set,
 * every key). A middleware on the client's answer, since the emulator never throttles.
 */
const withholdKeys = (pipeline: TestPipeline, times: number) => {
  const state = { rounds: 0, everything: false };
  pipeline.clients.dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName !== 'BatchGetItemCommand') return result;
      state.rounds += 1;
      const output = result.output as {
        Responses?: Record<string, Record<string, unknown>[]>;
        UnprocessedKeys?: Record<string, { Keys: Record<string, unknown>[] }>;
      };
      const items = output.Responses?.[pipeline.tableName] ?? [];
      const kept = state.everything ? [] : items.slice(0, state.rounds <= times ? 1 : undefined);
      const withheld = items.slice(kept.length).map((item) => ({ articleId: item.articleId }));
      if (withheld.length === 0) return result;
      output.Responses = { [pipeline.tableName]: kept };
      output.UnprocessedKeys = { [pipeline.tableName]: { Keys: withheld } };
      return result;
    },
    { step: 'initialize', name: 'withholdBatchKeys' },
  );
  return state;
};
