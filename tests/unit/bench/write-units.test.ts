import { describe, expect, it } from 'vitest';
import {
  writeCostAfter,
  writeCostBandItems,
  writeCostBefore,
  writeCostWithoutBands,
} from '#bench/table/index-items.ts';
import { itemBytes, nameBytes, valueBytes, writeUnits } from '#bench/table/item-size.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';
import { lifecycleFields, removedRecord } from '#shared/pipeline/record-base.ts';

const NOW = new Date('2025-11-05T10:00:00Z');
const source = { bucket: 'articles', key: 'a.txt', sequencer: '0A' };

const article = (body: string): IngestedRecord => ({
  ...lifecycleFields(source, NOW),
  status: 'ingested',
  format: 'text',
  title: 'Harbour bridge to close',
  titleSource: 'derived',
  authors: [],
  publisher: 'Harbour Gazette',
  publishedDate: '2025-11-05',
  publishedAt: '2025-11-05T08:00:00.000Z',
  lede: 'Lede.',
  sections: [{ heading: null, paragraphs: [body] }],
  body,
  keywords: [],
  wordCount: 1,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: 'abc',
});

describe('item size', () => {
  it('counts names and values as DynamoDB does', () => {
    expect(itemBytes({ id: 'abc' })).toBe(5);
    expect(itemBytes({ n: 12345 })).toBe(1 + 4); // 5 digits: 3 bytes + 1
    expect(itemBytes({ ok: true, no: null })).toBe(2 + 1 + 2 + 1);
    expect(valueBytes(['ab', 'c'])).toBe(3 + (1 + 2) + (1 + 1));
    expect(valueBytes({ k: 'v' })).toBe(3 + 1 + 1 + 1);
    expect(itemBytes({ title: 'é' })).toBe(5 + 2);
  });

  it('charges one write unit per kilobyte begun, at least one', () => {
    expect([0, 1, 1024, 1025, 4096].map(writeUnits)).toEqual([1, 1, 1, 2, 4]);
  });

  it('counts nested map keys among the names short names would shorten', () => {
    expect(nameBytes({ sections: [{ heading: null, paragraphs: [] }] })).toEqual({
      names: 8 + 7 + 10,
      short: 6,
    });
  });
});

describe('write cost of a new record', () => {
  it('copies the whole item into each of three indexes before, and small items after', () => {
    const record = article('x'.repeat(5_000));

    const before = writeCostBefore(record);
    const after = writeCostAfter(record);

    expect(before.indexBytes).toEqual([before.tableBytes, before.tableBytes, before.tableBytes]);
    expect(before.units).toBe(4 * writeUnits(before.tableBytes));
    expect(after.indexBytes).toHaveLength(3);
    expect(Math.max(...after.indexBytes)).toBeLessThan(1024);
    expect(after.units).toBe(writeUnits(after.tableBytes) + 3);
  });

  it('writes a tombstone to no index', () => {
    const tombstone = removedRecord(source, NOW);

    expect(writeCostAfter(tombstone).indexBytes).toEqual([]);
    expect(writeCostBefore(tombstone).indexBytes).toEqual([]);
  });
});

describe('write cost of near-duplicate bands', () => {
  const banded = (): IngestedRecord => ({
    ...article('word '.repeat(200)),
    wordCount: 200,
    fingerprint: '0123456789abcdef',
  });

  it('costs three small index items as band indexes (band 0 keys byContent), six as band items', () => {
    const record = banded();
    const none = writeCostWithoutBands(record).units;

    expect(writeCostAfter(record).units - none).toBe(3);
    expect(writeCostBandItems(record).units - none).toBe(6);
  });

  it('costs nothing for an article too short to be indexed by band', () => {
    const record = { ...banded(), wordCount: 20 };

    expect(writeCostAfter(record).units).toBe(writeCostWithoutBands(record).units);
    expect(writeCostBandItems(record).units).toBe(writeCostWithoutBands(record).units);
  });
});
