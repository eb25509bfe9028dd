import { toItem } from '#shared/adapters/dynamo-record-store.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import {
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

/** After: the item as the store writes it, and each index's projection of it. */
export const writeCostAfter = (record: ArticleRecord): WriteCost => {
  const item = toItem(record);
  const indexes: TableIndex[] = Object.values(TABLE_INDEXES);
  const projected = indexes.flatMap((index): Item[] => {
    const indexItem = indexItemOf(item, index);
    return indexItem ? [indexItem] : [];
  });
  return costOf(item, projected);
};
