import { TransientError } from '../domain/errors.ts';
import { TABLE_PARTITION_KEY } from '../domain/table-design.ts';
import type { DynamoApi } from './dynamo-api.ts';

/** BatchGetItem takes at most 100 keys a request. */
export const BATCH_GET_KEYS = 100;
/** Rounds in a row that may return nothing before the read gives up (a throttled table). */
export const BATCH_GET_ATTEMPTS = 6;
/** First backoff; it doubles each empty round, capped, with full jitter as AWS advises. */
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 2_000;

export interface BatchGetOptions {
  /** How to wait between rounds; tests pass one that does not. */
  sleep?: (ms: number) => Promise<void>;
  /** Strongly consistent reads (eventually consistent when absent, as DynamoDB's default). */
  consistentRead?: boolean;
  /** Only these top-level attributes of each item (the key is always read); all when absent. */
  attributes?: readonly string[];
}

type Item = Record<string, unknown>;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const backoffMs = (emptyRounds: number): number =>
  Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** emptyRounds);

/**
 * The stored items of `ids`, keyed by id; an id with no item is absent. Reads in
 * batches of 100 and asks again for the keys DynamoDB leaves unprocessed (throttling, or
 * a response over 16 MB), backing off after a round that returned nothing; after
 * `BATCH_GET_ATTEMPTS` such rounds in a row it throws `TransientError`. A round that
 * returns something is progress, so the number of rounds stays bounded by the keys.
 */
export const batchGetItems = async (
  client: DynamoApi,
  tableName: string,
  ids: readonly string[],
  { sleep = wait, ...read }: BatchGetOptions = {},
): Promise<Map<string, Item>> => {
  const found = new Map<string, Item>();
  const unique = [...new Set(ids)]; // BatchGetItem rejects a request naming a key twice
  for (let start = 0; start < unique.length; start += BATCH_GET_KEYS) {
    let pending: Item[] = unique
      .slice(start, start + BATCH_GET_KEYS)
      .map((id) => ({ [TABLE_PARTITION_KEY]: id }));
    let emptyRounds = 0;
    while (pending.length > 0) {
      const response = await send(client, tableName, { Keys: pending, ...readOptions(read) });
      const items = response.Responses?.[tableName] ?? [];
      for (const item of items) found.set(String(item[TABLE_PARTITION_KEY]), item);
      pending = response.UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (pending.length === 0) break;
      emptyRounds = items.length > 0 ? 0 : emptyRounds + 1;
      if (emptyRounds >= BATCH_GET_ATTEMPTS) {
        throw new TransientError(
          `BatchGetItem on ${tableName} left ${pending.length} keys unprocessed after ${emptyRounds} rounds`,
        );
      }
      await sleep(backoffMs(emptyRounds));
    }
  }
  return found;
};

/** The read's consistency and projection, as BatchGetItem takes them per table. */
const readOptions = ({ consistentRead, attributes }: BatchGetOptions) => {
  const names = [TABLE_PARTITION_KEY, ...(attributes ?? [])];
  return {
    ...(consistentRead && { ConsistentRead: true }),
    ...(attributes && {
      ProjectionExpression: names.map((_, i) => `#a${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
    }),
  };
};

const send = async (
  client: DynamoApi,
  tableName: string,
  request: { Keys: Item[] } & ReturnType<typeof readOptions>,
) => {
  try {
    return await client.batchGet({ RequestItems: { [tableName]: request } });
  } catch (error) {
    throw new TransientError(`BatchGetItem on ${tableName} failed`, { cause: error });
  }
};
