/**
 * The ArticlesTable's key, its indexes and the index key values a record is written
 * with, named once for the stack, the store adapter, the read paths and the tests.
 * docs/TABLE.md says why the design is what it is and how an existing table moves to it.
 *
 * Indexes are sparse: a record without the attribute (a tombstone, a rejection, an
 * article with no date) is simply not in that index. Each index projects only what its
 * read path needs; a reader that wants whole records fetches them from the table by key.
 */
import { fingerprintBandAttribute, fingerprintBands } from './fingerprint-bands.ts';

export const TABLE_PARTITION_KEY = 'articleId';

/** Attributes the store derives from a record for the sharded indexes; never part of the record. */
export const INDEX_KEY_ATTRIBUTES = {
  /** `YYYY-MM-DD#<shard>`: the publication day, spread over `INDEX_SHARDS` partitions. */
  dayShard: 'dayShard',
  /** `<publisher>#<shard>`: the publisher, spread the same way. */
  publisherShard: 'publisherShard',
  /** `<publishedAt or publishedDate>#<articleId>`: time order within a shard, unique. */
  publishedOrder: 'publishedOrder',
  /** Band 0 of the fingerprint (the content hash without one): keys `byContent` (`contentKeyOf`). */
  contentKey: 'contentKey',
  /** A near copy's original (`nearDuplicateOf.articleId`): keys `byNearOriginal`. */
  nearOriginalId: 'nearOriginalId',
} as const;

/** What a listing shows of an article (key, status, date, title): the listing indexes' projection. */
export const LISTING_ATTRIBUTES = ['source', 'status', 'title', 'publishedAt', 'publishedDate'];

export interface TableIndex {
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** Non-key attributes the index carries (an INCLUDE projection); empty is KEYS_ONLY. */
  readonly projected: readonly string[];
}

/**
 * A band index's item for an article that can be a near-duplicate's original. `byContent`
 * (band 0) also holds every copy and short body, so it projects this attribute, present
 * only on originals, for the band query to tell them apart.
 */
export const NEAR_ORIGINAL_MARK = fingerprintBandAttribute(1);

/** The index of one fingerprint band: keyed by the band's value, projecting what the rule compares. */
function bandIndex(band: number): TableIndex {
  return { partitionKey: fingerprintBandAttribute(band), projected: ['fingerprint', 'ingestedAt'] };
}

/**
 * The `V2` names exist because DynamoDB cannot change an index's key or projection in
 * place: the ALL-projected, unsharded `byPublishedDate`, `byPublisher` and `byContentHash`
 * are replaced by new indexes (docs/TABLE.md, "Migrating an existing table").
 */
export const TABLE_INDEXES = {
  /** Articles published on one day: query every shard of the day, merge by `publishedOrder`. */
  byPublishedDateV2: {
    partitionKey: INDEX_KEY_ATTRIBUTES.dayShard,
    sortKey: INDEX_KEY_ATTRIBUTES.publishedOrder,
    projected: LISTING_ATTRIBUTES,
  },
  /** Articles from one publisher, sharded and ordered like the day index. */
  byPublisherV2: {
    partitionKey: INDEX_KEY_ATTRIBUTES.publisherShard,
    sortKey: INDEX_KEY_ATTRIBUTES.publishedOrder,
    projected: LISTING_ATTRIBUTES,
  },
  /**
   * Two questions, one index item: a body's content hash and its simhash both follow from
   * the text, so exact copies share band 0 of their fingerprint. Keyed by band 0
   * (`contentKeyOf`) and sorted by content hash, it answers "records with this hash"
   * (key and sort key equal: the duplicate rule reads id, ingest time, duplicateOf) and
   * "originals with this band 0 value" (the key alone, less items without
   * `NEAR_ORIGINAL_MARK`), where a hash index and a band-0 index cost two writes.
   */
  byContent: {
    partitionKey: INDEX_KEY_ATTRIBUTES.contentKey,
    sortKey: 'contentHash',
    projected: ['ingestedAt', 'duplicateOf', 'fingerprint', NEAR_ORIGINAL_MARK],
  },
  /**
   * Near duplicates share a band of the simhash (`fingerprint-bands.ts`): one index per
   * band, as an index keys on one attribute; band 0 is `byContent`'s key. The rule reads
   * id, fingerprint, ingest time.
   */
  byFingerprintBand1: bandIndex(1),
  byFingerprintBand2: bandIndex(2),
  byFingerprintBand3: bandIndex(3),
  /**
   * The near copies of an original, for the write that takes the original away to point
   * them elsewhere (exact copies are found by their content). Keys only: the rewrite reads
   * each copy strongly anyway. Only near copies carry the key, so it costs them one write.
   */
  byNearOriginal: { partitionKey: INDEX_KEY_ATTRIBUTES.nearOriginalId, projected: [] },
} as const satisfies Record<string, TableIndex>;

/** The band indexes, band 0 first: the near-duplicate query reads one per band. */
export const FINGERPRINT_BAND_INDEXES = [
  'byContent',
  'byFingerprintBand1',
  'byFingerprintBand2',
  'byFingerprintBand3',
] as const satisfies readonly TableIndexName[];

export type TableIndexName = keyof typeof TABLE_INDEXES;

/** The band whose index is `byContent`: its value is the content key, not an attribute of its own. */
export const CONTENT_KEY_BAND = 0;

/**
 * The `byContent` key of a body: band 0 of its fingerprint, or the content hash itself
 * when there is no fingerprint (a record made before them), which no 4-digit band value
 * equals. Writer and reader both derive it from the same two fields, and exact copies
 * (the same body) get the same key.
 */
export const contentKeyOf = (contentHash: string, fingerprint?: string): string =>
  fingerprintBands(fingerprint ?? '')[CONTENT_KEY_BAND] ?? contentHash;
/** The indexes keyed by shard and ordered by `publishedOrder`. */
export type ShardedIndexName = 'byPublishedDateV2' | 'byPublisherV2';

/**
 * Shards per day and per publisher. One partition takes at most 1,000 write units a
 * second, and a listing index item (keys, title, source) is under 1 KB, so one write
 * unit: shards = expected peak index writes per key / 1,000. The peak is a backfill or
 * a wire burst of one day's articles: 100 concurrent functions writing about 40 records a
 * second each is 4,000 a second, so 4 shards; 8 leaves twice that as headroom while a
 * listing still costs only 8 small queries. Changing it moves every item to another
 * shard: the store must rewrite the index keys of every record (docs/TABLE.md).
 */
export const INDEX_SHARDS = 8;

/** DynamoDB caps a partition key at 2,048 bytes; a longer value is left out of the index. */
const MAX_PARTITION_KEY_BYTES = 2048;

/**
 * The shard of an article: FNV-1a of its id, so the same record always lands on the same
 * shard. A rewrite then replaces its index item in place (one index write); a shard
 * drawn afresh would change the index key, which DynamoDB pays as a delete and a put.
 */
export const shardOf = (articleId: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i += 1) {
    hash ^= articleId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % INDEX_SHARDS;
};

/** `<value>#<shard>`: one of the `INDEX_SHARDS` partition keys of a day or publisher. */
export const shardKey = (value: string, shard: number): string => `${value}#${shard}`;

/** The sort key: ISO instants sort as time; a date-only article sorts before that day's times. */
export const publishedOrderOf = (published: string, articleId: string): string =>
  `${published}#${articleId}`;

/** The fields of a record the index keys are derived from. */
export interface IndexedFields {
  articleId: string;
  publishedAt?: string;
  publishedDate?: string;
  publisher?: string;
}

const fitsPartitionKey = (value: string): boolean =>
  new TextEncoder().encode(value).length <= MAX_PARTITION_KEY_BYTES - 4; // room for `#<shard>`

/**
 * The index attributes a record is stored with: a dated article gets a day shard, one
 * with a publisher a publisher shard, and either an order key. Empty values and values
 * too long for a key are left out, so the record is simply not in that index.
 */
export const indexKeysFor = (fields: IndexedFields): Record<string, string> => {
  const { articleId, publishedAt, publishedDate, publisher } = fields;
  const shard = shardOf(articleId);
  const keys: Record<string, string> = {};
  if (publishedDate) keys[INDEX_KEY_ATTRIBUTES.dayShard] = shardKey(publishedDate, shard);
  if (publisher && fitsPartitionKey(publisher)) {
    keys[INDEX_KEY_ATTRIBUTES.publisherShard] = shardKey(publisher, shard);
  }
  if (Object.keys(keys).length > 0) {
    keys[INDEX_KEY_ATTRIBUTES.publishedOrder] = publishedOrderOf(
      publishedAt || publishedDate || '',
      articleId,
    );
  }
  return keys;
};

/**
 * How the table pays for throughput, a deployment's choice (CDK context `tableCapacity`):
 * `on-demand` per request, or `provisioned` capacity that auto scaling follows, cheaper
 * per unit for steady ingestion at volume (docs/TABLE.md has the figures).
 */
export const TABLE_CAPACITY_MODES = ['on-demand', 'provisioned'] as const;
export type TableCapacityMode = (typeof TABLE_CAPACITY_MODES)[number];
export const DEFAULT_TABLE_CAPACITY: TableCapacityMode = 'on-demand';

/**
 * The share of provisioned capacity auto scaling keeps in use: it adds capacity when use
 * stays above it and removes it when use stays well below, so 30% is headroom for a burst
 * while scaling catches up. Provisioned capacity bills what is provisioned, so the cost
 * model divides by it.
 */
export const AUTO_SCALING_TARGET_PERCENT = 70;
