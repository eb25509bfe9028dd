import { IngestError } from '../domain/errors.ts';
import {
  type BandedFields,
  bandKeysFor,
  DEFAULT_NEAR_DUPLICATE_PROBES,
  fingerprintBandAttribute,
  type NearDuplicateProbes,
  writesBandKeys,
} from '../domain/fingerprint-bands.ts';
import { ArticleRecord, type IngestedRecord } from '../domain/record.ts';
import {
  CONTENT_KEY_BAND,
  contentKeyOf,
  INDEX_KEY_ATTRIBUTES,
  indexKeysFor,
  TABLE_PARTITION_KEY,
} from '../domain/table-design.ts';
import { fromStoredItem, toStoredItem } from '../pipeline/stored-item.ts';
import { brotliPackCodec } from './dynamo-pack-codec.ts';

/*
 * A record and the table item it is stored as, both ways: the store writes `toItem`
 * and reads every item back through `parseRecord`, as the stream's consumers do.
 */

/**
 * DynamoDB rejects an empty string as an index key, so such attributes are left out:
 * `contentHash` keys an index, and `publishedDate` and `publisher` keyed the indexes a
 * table made before the sharded ones still has while it migrates (docs/TABLE.md).
 */
const LEFT_OUT_WHEN_EMPTY: readonly string[] = ['contentHash', 'publishedDate', 'publisher'];

/**
 * A stored item as a record, of either layout (`fromStoredItem`, the one decoder); an
 * item that does not decode or match the schema is an operator's problem.
 */
export const parseRecord = (item: Record<string, unknown>): ArticleRecord => {
  const parsed = ArticleRecord.safeParse(fromStoredItem(item, brotliPackCodec));
  if (parsed.success) return parsed.data;
  const id = String(item[TABLE_PARTITION_KEY]);
  throw new IngestError(`Stored item ${id} is not a valid record: ${parsed.error.message}`, {
    cause: parsed.error,
  });
};

/**
 * The item a record is stored as: its stored form (`toStoredItem`: text and annotations
 * packed), less empty key values, plus the sharded index keys, the content key and the
 * fingerprint bands and a near copy's original derived from it (`parseRecord` drops
 * them again on the way back); the bands only when the deployment's near-duplicate lookup reads them (`probes`).
 */
export const toItem = (
  record: ArticleRecord,
  probes: NearDuplicateProbes = DEFAULT_NEAR_DUPLICATE_PROBES,
): Record<string, unknown> => {
  const item: Record<string, unknown> = {
    ...toStoredItem(record, brotliPackCodec),
    ...(record.status === 'ingested'
      ? { ...indexKeysFor(record), ...storedBandKeys(record, probes), ...nearOriginalKey(record) }
      : indexKeysFor({ articleId: record.articleId })),
  };
  for (const key of LEFT_OUT_WHEN_EMPTY) if (item[key] === '') delete item[key];
  const { contentHash, fingerprint } = item;
  if (typeof contentHash === 'string') {
    item[INDEX_KEY_ATTRIBUTES.contentKey] = contentKeyOf(
      contentHash,
      typeof fingerprint === 'string' ? fingerprint : undefined,
    );
  }
  return item;
};

/** A near copy's `byNearOriginal` key: its original's id. */
const nearOriginalKey = (record: IngestedRecord): Record<string, string> =>
  record.nearDuplicateOf === undefined
    ? {}
    : { [INDEX_KEY_ATTRIBUTES.nearOriginalId]: record.nearDuplicateOf.articleId };

/**
 * An original's band attributes, less band 0: the content key holds its value
 * (`byContent`). None when the lookup is off: nothing reads them, and each is an index write.
 */
const storedBandKeys = (
  fields: BandedFields,
  probes: NearDuplicateProbes,
): Record<string, string> => {
  if (!writesBandKeys(probes)) return {};
  const { [fingerprintBandAttribute(CONTENT_KEY_BAND)]: _inContentKey, ...stored } =
    bandKeysFor(fields);
  return stored;
};
