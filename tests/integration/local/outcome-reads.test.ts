import { beforeEach, describe, expect, it } from 'vitest';
import { createStateReader } from '#local/stack/outcome-reads.ts';
import type { DynamoApi } from '#shared/adapters/dynamo-api.ts';
import { rejectedRecord } from '#shared/pipeline/record-base.ts';
import { ingestedRecord, sourceFor } from '../support/records.ts';
import { createTestPipeline, TEST_NOW, type TestPipeline } from '../support/test-deps.ts';

describe('createStateReader (DynamoDB Local)', () => {
  let pipeline: TestPipeline;
  let batchGets: Parameters<DynamoApi['batchGet']>[0][];
  let counted: DynamoApi;

  beforeEach(async () => {
    pipeline = await createTestPipeline('sdk');
    batchGets = [];
    const { dynamo } = pipeline.apis;
    counted = {
      ...dynamo,
      batchGet: (input) => {
        batchGets.push(input);
        return dynamo.batchGet(input);
      },
    };
  });

  it('reads the records asked for in one turn with one consistent BatchGetItem of their state', async () => {
    const ingested = ingestedRecord('reads/a.txt', '0A');
    const rejected = rejectedRecord(sourceFor('reads/b.bin', '0B'), 'binary', 'not text', TEST_NOW);
    for (const record of [ingested, rejected]) await pipeline.deps.store.putRecord(record);
    const reader = createStateReader(counted, pipeline.tableName);

    const states = await Promise.all([
      reader.getRecord(ingested.articleId),
      reader.getRecord(rejected.articleId),
      reader.getRecord(ingested.articleId),
      reader.getRecord('0'.repeat(32)),
    ]);

    expect(states).toEqual([
      { sequencerKey: ingested.sequencerKey, status: 'ingested' },
      { sequencerKey: rejected.sequencerKey, status: 'rejected', reason: 'binary' },
      { sequencerKey: ingested.sequencerKey, status: 'ingested' },
      null,
    ]);
    expect(batchGets).toHaveLength(1);
    const request = Object.values(batchGets[0]?.RequestItems ?? {})[0];
    expect(request).toMatchObject({ ConsistentRead: true });
    expect(request?.Keys).toHaveLength(3);
  });

  it('reads again for records asked for in a later turn', async () => {
    const record = ingestedRecord('reads/c.txt', '0C');
    await pipeline.deps.store.putRecord(record);
    const reader = createStateReader(counted, pipeline.tableName);

    await reader.getRecord(record.articleId);
    await reader.getRecord(record.articleId);

    expect(batchGets).toHaveLength(2);
  });

  it('rejects every read of a batch whose read failed', async () => {
    const reader = createStateReader(counted, 'no-such-table');

    const reads = [reader.getRecord('a'), reader.getRecord('b')];

    for (const read of reads) await expect(read).rejects.toThrow(/BatchGetItem/);
  });
});
