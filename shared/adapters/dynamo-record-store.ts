import * as z from 'zod/mini';
import { TransientError } from '../domain/errors.ts';
import type { BandProbe, NearDuplicateProbes } from '../domain/fingerprint-bands.ts';
import {
  CONTENT_KEY_BAND,
  contentKeyOf,
  FINGERPRINT_BAND_INDEXES,
  INDEX_KEY_ATTRIBUTES,
  NEAR_ORIGINAL_MARK,
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  type TableIndex,
  type TableIndexName,
} from '../domain/table-design.ts';
import type {
  ContentHashMatch,
  CopyKind,
  FingerprintMatch,
  RecordStore,
  WriteOutcome,
} from '../pipeline/ports.ts';
import { type DynamoApi, isConditionalCheckFailure, queryPages } from './dynamo-api.ts';
import { parseRecord, toItem } from './dynamo-record-item.ts';

/**
 * Write only if there is no record yet or the stored one is older: sequencer keys are
 * zero-padded to one width, so string order is S3's per-key event order. A repeated
 * event (equal key) and a late older one both fail the condition and write nothing.
 */
const NEWER_THAN_STORED = 'attribute_not_exists(#id) OR #seq < :seq';
/** The optimistic forms: the stored record is still the one the caller read. */
const NONE_STORED = 'attribute_not_exists(#id)';
const STILL_STORED = '#seq = :stored AND #seq < :seq';
/** A copy's rewrite: the stored copy is still the one read and still points where it did. */
const SAME_COPY = '#seq = :seq AND #pointer = :departed';
/** The attribute a copy points at its original by: a near copy's is its index key. */
const COPY_POINTER: Readonly<Record<CopyKind, string>> = {
  exact: 'duplicateOf',
  near: INDEX_KEY_ATTRIBUTES.nearOriginalId,
};

const BY_CONTENT: TableIndexName = 'byContent';
const BY_NEAR_ORIGINAL: TableIndexName = 'byNearOriginal';
/**
 * Band queries in flight at once for one article: a lookup is 68 small queries, and a
 * file of several articles looks up eight at a time; the SDK's connection pool is 50.
 */
export const PROBES_IN_FLIGHT = 6;

/** How the store derives index keys: the deployment's near-duplicate lookup decides the band keys. */
export interface DynamoRecordStoreOptions {
  /** The stack's `nearDuplicateProbes`; `off` writes no band keys 1-3. The default mode when absent. */
  nearDuplicateProbes?: NearDuplicateProbes;
}

/** ArticlesTable as a `RecordStore`: conditional, sequencer-ordered writes. */
export const createDynamoRecordStore = (
  client: DynamoApi,
  tableName: string,
  { nearDuplicateProbes: probes }: DynamoRecordStoreOptions = {},
): RecordStore => ({
  putRecord: (record, options = {}) =>
    conditionalPut(
      client,
      tableName,
      toItem(record, probes),
      writeCondition(record.sequencerKey, options.ifStoredSequencerKey),
    ),

  repointCopy: (copy, departedId, kind = 'exact') =>
    conditionalPut(client, tableName, toItem(copy, probes), {
      ConditionExpression: SAME_COPY,
      ExpressionAttributeNames: { '#seq': 'sequencerKey', '#pointer': COPY_POINTER[kind] },
      ExpressionAttributeValues: { ':seq': copy.sequencerKey, ':departed': departedId },
    }),

  async findNearCopies(originalId) {
    const items = await queryIndex(client, tableName, BY_NEAR_ORIGINAL, originalId);
    return items.flatMap((item) =>
      typeof item[TABLE_PARTITION_KEY] === 'string' ? [item[TABLE_PARTITION_KEY]] : [],
    );
  },

  async clearRetiring(articleId, sequencerKey) {
    try {
      await client.update({
        TableName: tableName,
        Key: { [TABLE_PARTITION_KEY]: articleId },
        UpdateExpression: 'REMOVE #retiring',
        ConditionExpression: '#seq = :seq',
        ExpressionAttributeNames: { '#retiring': 'retiring', '#seq': 'sequencerKey' },
        ExpressionAttributeValues: { ':seq': sequencerKey },
      });
    } catch (error) {
      // A newer event rewrote the record: its own `retiring` is its business.
      if (isConditionalCheckFailure(error)) return;
      throw new TransientError(`UpdateItem ${articleId} in ${tableName} failed`, { cause: error });
    }
  },

  async findByContentHash(contentHash, fingerprint) {
    const key = contentKeyOf(contentHash, fingerprint);
    const items = await queryIndex(client, tableName, BY_CONTENT, key, contentHash);
    return items.flatMap(asMatch);
  },

  findByFingerprintBands: (probes) => findBandCandidates(client, tableName, probes),

  async findCopyCandidates(contentHash, fingerprint, probes) {
    // The hash's key is band 0: read that band's probe once, by key alone, and answer the
    // hash from it (the byContent sort key is the hash), beside the other probes.
    const key = contentKeyOf(contentHash, fingerprint);
    const others = probes.filter(({ band, value }) => band !== CONTENT_KEY_BAND || value !== key);
    const [keyed, fromOtherBands] = await Promise.all([
      queryIndex(client, tableName, BY_CONTENT, key),
      findBandCandidates(client, tableName, others),
    ]);
    const sameContent = keyed.filter((item) => item.contentHash === contentHash).flatMap(asMatch);
    const nearCandidates = new Map(fromOtherBands.map((match) => [match.articleId, match]));
    for (const match of keyed.flatMap(asNearOriginal)) nearCandidates.set(match.articleId, match);
    return { sameContent, nearCandidates: [...nearCandidates.values()] };
  },

  async getRecord(articleId) {
    let item: Record<string, unknown> | undefined;
    try {
      const response = await client.get({
        TableName: tableName,
        Key: { [TABLE_PARTITION_KEY]: articleId },
        ConsistentRead: true,
      });
      item = response.Item;
    } catch (error) {
      throw new TransientError(`GetItem ${articleId} from ${tableName} failed`, { cause: error });
    }
    return item ? parseRecord(item) : null;
  },
});

/** Candidates from the band indexes, each once, `PROBES_IN_FLIGHT` queries at a time. */
const findBandCandidates = async (
  client: DynamoApi,
  tableName: string,
  probes: readonly BandProbe[],
): Promise<FingerprintMatch[]> => {
  const byId = new Map<string, FingerprintMatch>();
  const queue = probes.flatMap(({ band, value }) => {
    const indexName = FINGERPRINT_BAND_INDEXES[band];
    return indexName ? [{ indexName, value, band }] : [];
  });
  const worker = async () => {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      const items = await queryIndex(client, tableName, probe.indexName, probe.value);
      // byContent also holds copies and short bodies: only originals are candidates.
      const matches = probe.band === CONTENT_KEY_BAND ? items.flatMap(asNearOriginal) : items;
      for (const item of matches) {
        const parsed = BandMatchItem.safeParse(item);
        if (parsed.success) byId.set(parsed.data.articleId, parsed.data);
      }
    }
  };
  await Promise.all(Array.from({ length: PROBES_IN_FLIGHT }, worker));
  return [...byId.values()];
};

/** Puts an item under a condition: `stale` when the condition fails, throttling retried later. */
const conditionalPut = async (
  client: DynamoApi,
  tableName: string,
  item: Record<string, unknown>,
  condition: WriteCondition,
): Promise<WriteOutcome> => {
  try {
    await client.put({ TableName: tableName, Item: item, ...condition });
    return 'written';
  } catch (error) {
    if (isConditionalCheckFailure(error)) return 'stale';
    throw new TransientError(
      `PutItem ${String(item[TABLE_PARTITION_KEY])} into ${tableName} failed`,
      {
        cause: error,
      },
    );
  }
};

/** Every item of one index under one partition key value (and sort key value, if given), all pages. */
const queryIndex = async (
  client: DynamoApi,
  tableName: string,
  indexName: TableIndexName,
  value: string,
  sortValue?: string,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  const { partitionKey, sortKey } = TABLE_INDEXES[indexName] as TableIndex;
  const bySort = sortValue !== undefined && sortKey !== undefined;
  try {
    const pages = queryPages(client, {
      TableName: tableName,
      IndexName: indexName,
      KeyConditionExpression: bySort ? '#key = :value AND #sort = :sort' : '#key = :value',
      ExpressionAttributeNames: { '#key': partitionKey, ...(bySort && { '#sort': sortKey }) },
      ExpressionAttributeValues: { ':value': value, ...(bySort && { ':sort': sortValue }) },
    });
    for await (const page of pages) items.push(...(page.Items ?? []));
  } catch (error) {
    throw new TransientError(`Query ${indexName} of ${tableName} failed`, { cause: error });
  }
  return items;
};

/** The condition of a put: newer than stored, or (optimistic) newer than the record read. */
interface WriteCondition {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, string>;
}

const writeCondition = (
  sequencerKey: string,
  stored: string | null | undefined,
): WriteCondition => {
  if (stored === null) {
    return {
      ConditionExpression: NONE_STORED,
      ExpressionAttributeNames: { '#id': TABLE_PARTITION_KEY },
    };
  }
  if (stored === undefined) {
    return {
      ConditionExpression: NEWER_THAN_STORED,
      ExpressionAttributeNames: { '#id': TABLE_PARTITION_KEY, '#seq': 'sequencerKey' },
      ExpressionAttributeValues: { ':seq': sequencerKey },
    };
  }
  return {
    ConditionExpression: STILL_STORED,
    ExpressionAttributeNames: { '#seq': 'sequencerKey' },
    ExpressionAttributeValues: { ':seq': sequencerKey, ':stored': stored },
  };
};

/** The attributes the byContent index projects for a hash match, checked as the port's match type. */
const MatchItem: z.ZodMiniType<ContentHashMatch> = z.object({
  articleId: z.string(),
  ingestedAt: z.string(),
  duplicateOf: z.optional(z.string()),
});

/** The attributes a fingerprint band index projects, checked as the port's match type. */
const BandMatchItem: z.ZodMiniType<FingerprintMatch> = z.object({
  articleId: z.string(),
  fingerprint: z.string(),
  ingestedAt: z.string(),
});

/** A projected index item as a match; one missing its id or time is no record and is skipped. */
const asMatch = (item: Record<string, unknown>): ContentHashMatch[] => {
  const parsed = MatchItem.safeParse(item);
  return parsed.success ? [parsed.data] : [];
};

/** A byContent item as a near-duplicate candidate: originals only (they carry the mark). */
const asNearOriginal = (item: Record<string, unknown>): FingerprintMatch[] => {
  if (item[NEAR_ORIGINAL_MARK] === undefined) return [];
  const parsed = BandMatchItem.safeParse(item);
  return parsed.success ? [parsed.data] : [];
};
