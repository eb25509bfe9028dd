import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { bandProbes, type NearDuplicateProbes } from '#shared/domain/fingerprint-bands.ts';
import { ingestedRecord } from './support/records.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

/** An original: long enough to be banded, not a copy. */
const FINGERPRINT = '0123456789abcdef';
const original = ingestedRecord('bands/original.txt', '0A', {
  contentHash: 'hash-of-original',
  fingerprint: FINGERPRINT,
  wordCount: 120,
});

describe('band keys under the near-duplicate lookup mode', () => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
  });

  const storeFor = (nearDuplicateProbes: NearDuplicateProbes) =>
    createDynamoRecordStore(pipeline.apis.dynamo, pipeline.tableName, {
      nearDuplicateProbes,
    });
  const storedItem = async (articleId: string) => {
    const { Item } = await pipeline.clients.documents.send(
      new GetCommand({ TableName: pipeline.tableName, Key: { articleId } }),
    );
    return Item ?? {};
  };
  const bandAttributes = (item: Record<string, unknown>) =>
    Object.keys(item).filter((name) => name.startsWith('fingerprintBand'));

  it('writes no band attribute with the lookup off, but keeps the content key for exact duplicates', async () => {
    const store = storeFor('off');

    expect(await store.putRecord(original)).toBe('written');

    const item = await storedItem(original.articleId);
    expect(bandAttributes(item)).toEqual([]);
    expect(item).toMatchObject({ contentKey: '0123', fingerprint: FINGERPRINT });
    expect(await store.getRecord(original.articleId)).toEqual(original);
    expect(
      (await store.findByContentHash('hash-of-original', FINGERPRINT)).map((m) => m.articleId),
    ).toEqual([original.articleId]);
    // Not in the band indexes, and band 0's query keeps originals only (NEAR_ORIGINAL_MARK).
    expect(await store.findByFingerprintBands(bandProbes(FINGERPRINT, 'exact'))).toEqual([]);
  });

  it('writes bands 1-3 when the lookup reads them, so it finds the original', async () => {
    const store = storeFor('exact');
    await store.putRecord(original);

    expect(bandAttributes(await storedItem(original.articleId)).sort()).toEqual([
      'fingerprintBand1',
      'fingerprintBand2',
      'fingerprintBand3',
    ]);
    const matches = await store.findByFingerprintBands(bandProbes(FINGERPRINT, 'exact'));
    expect(matches.map((m) => m.articleId)).toEqual([original.articleId]);
  });

  it('finds, once the lookup is on, only the articles written since', async () => {
    const later = ingestedRecord('bands/later.txt', '0B', {
      contentHash: 'hash-of-later',
      fingerprint: '0123456789abcdee',
      wordCount: 120,
    });
    await storeFor('off').putRecord(original);
    await storeFor('exact').putRecord(later);

    const matches = await storeFor('exact').findByFingerprintBands(
      bandProbes(FINGERPRINT, 'exact'),
    );
    expect(matches.map((m) => m.articleId)).toEqual([later.articleId]);
  });
});
