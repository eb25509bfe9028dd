import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldenRecords } from '#bench/table/golden-records.ts';
import { toItem } from '#shared/adapters/dynamo-record-item.ts';
import { fingerprintBands } from '#shared/domain/fingerprint-bands.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';
import {
  CONTENT_KEY_BAND,
  contentKeyOf,
  FINGERPRINT_BAND_INDEXES,
  NEAR_ORIGINAL_MARK,
  TABLE_INDEXES,
} from '#shared/domain/table-design.ts';

const GOLDEN = loadGoldenRecords(
  fileURLToPath(new URL('../../fixtures/articles/', import.meta.url)),
);
const FINGERPRINT = '0123456789abcdef';

describe('the content key (byContent)', () => {
  it('is band 0 of the fingerprint, so exact copies and band-0 probes meet under it', () => {
    expect(contentKeyOf('sha256:aa', FINGERPRINT)).toBe('0123');
    expect(contentKeyOf('sha256:aa', FINGERPRINT)).toBe(
      fingerprintBands(FINGERPRINT)[CONTENT_KEY_BAND],
    );
    expect(TABLE_INDEXES[FINGERPRINT_BAND_INDEXES[CONTENT_KEY_BAND]].partitionKey).toBe(
      'contentKey',
    );
  });

  it('is the content hash itself for a record without a valid fingerprint', () => {
    expect(contentKeyOf('sha256:aa')).toBe('sha256:aa');
    expect(contentKeyOf('sha256:aa', 'not-hex')).toBe('sha256:aa');
  });

  it('is sorted by content hash and carries the mark that tells originals from copies', () => {
    expect(TABLE_INDEXES.byContent.sortKey).toBe('contentHash');
    expect(TABLE_INDEXES.byContent.projected).toContain(NEAR_ORIGINAL_MARK);
  });
});

describe('the index attributes of a stored item', () => {
  const articles = GOLDEN.flatMap(({ record }) =>
    record.status === 'ingested' && record.fingerprint !== undefined ? [record] : [],
  );
  const long = (record: IngestedRecord): IngestedRecord => ({ ...record, wordCount: 120 });

  it('gives an original its content key and bands 1-3, with no band 0 attribute of its own', () => {
    const record = long(articles[0] as IngestedRecord);
    const item = toItem(record);
    const bands = fingerprintBands(record.fingerprint ?? '');

    expect(item.contentKey).toBe(bands[0]);
    expect(item).not.toHaveProperty('fingerprintBand0');
    expect([item.fingerprintBand1, item.fingerprintBand2, item.fingerprintBand3]).toEqual(
      bands.slice(1),
    );
    expect(item[NEAR_ORIGINAL_MARK]).toBeDefined();
  });

  it('gives a copy its content key but no mark, so band probes pass over it', () => {
    const item = toItem({ ...long(articles[0] as IngestedRecord), duplicateOf: 'x' });

    expect(item.contentKey).toBeDefined();
    expect(item).not.toHaveProperty(NEAR_ORIGINAL_MARK);
  });

  it('gives an original no band keys 1-3 when the lookup is off, only its content key', () => {
    const record = long(articles[0] as IngestedRecord);
    const off = toItem(record, 'off');

    expect(off.contentKey).toBe(toItem(record, 'exact').contentKey);
    expect(Object.keys(off).filter((name) => name.startsWith('fingerprintBand'))).toEqual([]);
    expect(toItem(record, 'neighbours')).toEqual(toItem(record, 'exact'));
  });
});
