import { toItem } from '#shared/adapters/dynamo-record-item.ts';
import {
  bandKeysFor,
  DEFAULT_NEAR_DUPLICATE_PROBES,
  fingerprintBandAttribute,
  type NearDuplicateProbes,
} from '#shared/domain/fingerprint-bands.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import {
  CONTENT_KEY_BAND,
  FINGERPRINT_BAND_INDEXES,
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  type TableIndex,
} from '#shared/domain/table-design.ts';
import { itemBytes, writeUnits } from './item-size.ts';

type Item = Record<string, unknown>;

/** What one put of a new record writes: the table item and the item of each index it is in. */
export interface WriteCost {
  tableBytes: number;
  indexBytes: number[];
  units: number;
}

/** The indexes before the sharded design: three, unsharded, each projecting ALL. */
const ALL_PROJECTED_KEYS = ['publishedDate', 'publisher', 'contentHash'];
const LEFT_OUT_WHEN_EMPTY = ALL_PROJECTED_KEYS;

const costOf = (tableItem: Item, indexItems: Item[]): WriteCost => {
  const tableBytes = itemBytes(tableItem);
  const indexBytes = indexItems.map(itemBytes);
  const units = [tableBytes, ...indexBytes].reduce((sum, bytes) => sum + writeUnits(bytes), 0);
  return { tableBytes, indexBytes, units };
};

/** Before: the record as the item, and a full copy of it in every index whose key it has. */
export const writeCostBefore = (record: ArticleRecord): WriteCost => {
  const item: Item = { ...record };
  for (const key of LEFT_OUT_WHEN_EMPTY) if (item[key] === '') delete item[key];
  const copies = ALL_PROJECTED_KEYS.filter((key) => item[key] !== undefined).map(() => item);
  return costOf(item, copies);
};

/** The item an index holds for a table item: its keys and what it projects, if it has the keys. */
const indexItemOf = (item: Item, index: TableIndex): Item | undefined => {
  const keys = [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])];
  if (keys.some((key) => item[key] === undefined)) return undefined;
  const names = [TABLE_PARTITION_KEY, ...keys, ...index.projected];
  return Object.fromEntries(names.filter((n) => item[n] !== undefined).map((n) => [n, item[n]]));
};

const projectedItems = (item: Item, indexes: readonly TableIndex[]): Item[] =>
  indexes.flatMap((index): Item[] => {
    const indexItem = indexItemOf(item, index);
    return indexItem ? [indexItem] : [];
  });

/**
 * After: the item as the store writes it under the deployment's near-duplicate lookup
 * (`off` writes no band keys 1-3), and each index's projection of it.
 */
export const writeCostAfter = (
  record: ArticleRecord,
  probes: NearDuplicateProbes = DEFAULT_NEAR_DUPLICATE_PROBES,
): WriteCost => {
  const item = toItem(record, probes);
  return costOf(item, projectedItems(item, Object.values(TABLE_INDEXES)));
};

/** The indexes only bands need: band 0's, `byContent`, is the content hash's index too. */
const BAND_INDEX_NAMES: readonly string[] = FINGERPRINT_BAND_INDEXES.filter(
  (_, band) => band !== CONTENT_KEY_BAND,
);
/** The band attributes those indexes key on (band 0's value is the content key). */
const bandAttributes = FINGERPRINT_BAND_INDEXES.flatMap((_, band) =>
  band === CONTENT_KEY_BAND ? [] : [fingerprintBandAttribute(band)],
);
const OTHER_INDEXES: TableIndex[] = Object.entries(TABLE_INDEXES)
  .filter(([name]) => !BAND_INDEX_NAMES.includes(name))
  .map(([, index]) => index);
/** The one index band items would need: the table's key is the article id, with no sort key. */
const BAND_ITEM_INDEX: TableIndex = {
  partitionKey: 'band',
  projected: ['target', 'fingerprint', 'ingestedAt'],
};

/**
 * The alternative to band indexes 1-3: one small item per band in the table (keyed
 * `band#<i>#<value>#<articleId>`, as the table has no sort key) and one index over their
 * `band` attribute. Each band item is a table write and an index write; the record's own
 * item carries no band keys. The sum is over one put of the record and its band items.
 */
export const writeCostBandItems = (record: ArticleRecord): WriteCost => {
  const item = toItem(record);
  const all = bandKeysFor(record.status === 'ingested' ? record : { wordCount: 0 });
  const bands = bandAttributes.filter((name) => all[name] !== undefined);
  for (const band of bands) delete item[band];
  const bandItems = bands.map((name): Item => {
    const band = `band#${name}#${all[name]}`;
    return {
      [TABLE_PARTITION_KEY]: `${band}#${record.articleId}`,
      band,
      target: record.articleId,
      fingerprint: item.fingerprint,
      ingestedAt: record.ingestedAt,
    };
  });
  const own = costOf(item, projectedItems(item, OTHER_INDEXES));
  const extra = bandItems.map((bandItem) =>
    costOf(bandItem, projectedItems(bandItem, [BAND_ITEM_INDEX])),
  );
  return {
    tableBytes: own.tableBytes,
    indexBytes: [
      ...own.indexBytes,
      ...extra.flatMap((cost) => [cost.tableBytes, ...cost.indexBytes]),
    ],
    units: extra.reduce((sum, cost) => sum + cost.units, own.units),
  };
};

/** Without near-duplicate bands at all: the design before them, for the difference. */
export const writeCostWithoutBands = (record: ArticleRecord): WriteCost => {
  const item = toItem(record);
  for (const band of bandAttributes) delete item[band];
  return costOf(item, projectedItems(item, OTHER_INDEXES));
};
