/**
 * `npx tsx bench/table/write-units.ts`: the write units one new record costs (the table
 * item plus each index item, 1 unit per KB begun), with the indexes before the sharded
 * design (three, each projecting ALL) and after it (INCLUDE projections), on the golden
 * fixtures' records; and what short attribute names would save. docs/TABLE.md quotes it.
 */
import { fileURLToPath } from 'node:url';
import { toItem } from '#shared/adapters/dynamo-record-item.ts';
import type { ArticleRecord, IngestedRecord } from '#shared/domain/record.ts';
import { INDEX_KEY_ATTRIBUTES } from '#shared/domain/table-design.ts';
import { median, percentile } from '../bench/stats.ts';
import { loadGoldenRecords } from './golden-records.ts';
import {
  writeCostAfter,
  writeCostBandItems,
  writeCostBefore,
  writeCostWithoutBands,
} from './index-items.ts';
import { itemBytes, nameBytes, writeUnits } from './item-size.ts';

const ARTICLES_DIR = fileURLToPath(new URL('../../tests/fixtures/articles/', import.meta.url));
/** The corpus' median and p95 record sizes (issue 9), reached by repeating a golden's body. */
const SCALED_TARGETS = [10_240, 32_768];

const stats = (values: number[]) => ({
  median: median(values) ?? 0,
  p95: percentile(values, 95) ?? 0,
  total: values.reduce((sum, value) => sum + value, 0),
});

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const fixed = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The record with its text repeated until its item is at least `bytes`. */
const scaledTo = (record: IngestedRecord, bytes: number): IngestedRecord => {
  let scaled = record;
  for (let times = 2; itemBytes(scaled) < bytes && times < 1_000; times += 1) {
    scaled = {
      ...record,
      body: Array(times).fill(record.body).join('\n\n'),
      sections: Array(times).fill(record.sections).flat(),
    };
  }
  return scaled;
};

const costRows = (label: string, records: ArticleRecord[]): string[] => {
  const before = stats(records.map((r) => writeCostBefore(r).units));
  const after = stats(records.map((r) => writeCostAfter(r).units));
  return [
    row([
      label,
      records.length,
      fixed(before.median),
      before.p95,
      fixed(after.median),
      after.p95,
      (before.total / after.total).toFixed(2),
    ]),
  ];
};

/** Bytes the three derived index key names would save at two characters each. */
const derivedNameBytes = (record: ArticleRecord): number => {
  const item = toItem(record);
  return Object.values(INDEX_KEY_ATTRIBUTES)
    .filter((name) => item[name] !== undefined)
    .reduce((sum, name) => sum + name.length - 2, 0);
};

const shortNameRows = (label: string, records: ArticleRecord[]): string => {
  const saved = records.map((record) => {
    const { tableBytes } = writeCostAfter(record);
    const { names, short } = nameBytes(record);
    return { bytes: names - short + derivedNameBytes(record), tableBytes };
  });
  const unitsNow = saved.reduce((sum, s) => sum + writeUnits(s.tableBytes), 0);
  const unitsShort = saved.reduce((sum, s) => sum + writeUnits(s.tableBytes - s.bytes), 0);
  const bytes = stats(saved.map((s) => s.bytes));
  const share = stats(saved.map((s) => (100 * s.bytes) / s.tableBytes));
  const derived = stats(records.map(derivedNameBytes));
  return row([
    label,
    records.length,
    fixed(bytes.median),
    `${share.median.toFixed(1)}%`,
    `${share.p95.toFixed(1)}%`,
    fixed(derived.median),
    unitsNow,
    unitsShort,
  ]);
};

/** Sums of write units with no bands, band indexes 1-3, and band items, over records that get bands. */
const bandRows = (label: string, records: ArticleRecord[]): string => {
  const banded = records.filter(
    (record) => writeCostAfter(record).units !== writeCostWithoutBands(record).units,
  );
  const total = (cost: (record: ArticleRecord) => { units: number }) =>
    banded.reduce((sum, record) => sum + cost(record).units, 0);
  const none = total(writeCostWithoutBands);
  const indexes = total(writeCostAfter);
  const items = total(writeCostBandItems);
  const perRecord = (units: number) =>
    banded.length === 0 ? '-' : ((units - none) / banded.length).toFixed(1);
  return row([label, banded.length, none, indexes, perRecord(indexes), items, perRecord(items)]);
};

/** The largest index item, which decides whether an index write is ever more than 1 unit. */
const largestIndexItem = (records: ArticleRecord[]): number =>
  Math.max(0, ...records.flatMap((record) => writeCostAfter(record).indexBytes));

export const renderWriteUnits = (records: ArticleRecord[]): string[] => {
  const ingested = records.filter((r): r is IngestedRecord => r.status === 'ingested');
  const sizes = ingested.map((r) => writeCostAfter(r).tableBytes).sort((a, b) => a - b);
  const middle =
    ingested.find((r) => writeCostAfter(r).tableBytes === median(sizes)) ?? ingested[0];
  const scaled = middle ? SCALED_TARGETS.map((bytes) => scaledTo(middle, bytes)) : [];
  return [
    '### Write units per new record (table item + index items, 1 per KB begun)',
    '',
    '| records | n | before, median | before, p95 | after, median | after, p95 | before / after (sums) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...costRows('golden fixtures, all', records),
    ...costRows('golden fixtures, ingested', ingested),
    ...scaled.flatMap((record) =>
      costRows(`median golden scaled to ${Math.round(itemBytes(record) / 1024)} KB`, [record]),
    ),
    '',
    `Largest index item after: ${largestIndexItem([...records, ...scaled])} bytes.`,
    '',
    '### Near-duplicate bands 1-3 (band 0 keys byContent): indexes or band items (records with 50 words or more)',
    '',
    '| records | n with bands | units, no bands | three band indexes | extra per record | band items + one index | extra per record |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    bandRows('golden fixtures, all', records),
    ...scaled.map((record) =>
      bandRows(`median golden scaled to ${Math.round(itemBytes(record) / 1024)} KB`, [record]),
    ),
    '',
    '### Short attribute names (every name, nested ones included, cut to 2 bytes)',
    '',
    '| records | n | bytes saved, median | share of table item, median | p95 | of which index key names | table units now | with 2-byte names |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    shortNameRows('golden fixtures, all', records),
    ...scaled.map((record) =>
      shortNameRows(`median golden scaled to ${Math.round(itemBytes(record) / 1024)} KB`, [record]),
    ),
  ];
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const records = loadGoldenRecords(ARTICLES_DIR).map((golden) => golden.record);
  for (const line of renderWriteUnits(records)) console.log(line);
}
