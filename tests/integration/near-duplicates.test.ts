import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import { NEAR_DUPLICATE_SIMILARITY } from '#shared/pipeline/near-duplicate.ts';
import {
  AGENCY_STORY,
  SECOND_WIRE_COPY,
  UNRELATED_STORY,
  WIRE_COPY,
} from '../fixtures/wire-copies.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

describe('near duplicates through the fingerprint band indexes', () => {
  let pipeline: TestPipeline;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    prefix = uniqueName('near');
  });

  const refOf = (name: string, sequencer: string): ObjectRef => ({
    bucket: TEST_BUCKETS.articles,
    key: `${prefix}/${name}`,
    change: 'created',
    eventName: 'ObjectCreated:Put',
    eventTime: '2025-11-05T09:00:00.000Z',
    sequencer,
  });

  const ingest = async (name: string, text: string, sequencer: string) => {
    await pipeline.putObject(`${prefix}/${name}`, text);
    const { articleId = '' } = await ingestObject(refOf(name, sequencer), pipeline.deps);
    return pipeline.deps.store.getRecord(articleId);
  };

  it('points wire copies at the agency story and leaves an unrelated article alone', async () => {
    const original = await ingest('agency.txt', AGENCY_STORY, '10');
    const copy = await ingest('site.txt', WIRE_COPY, '11');
    const other = await ingest('comet.txt', UNRELATED_STORY, '12');
    const second = await ingest('other-site.txt', SECOND_WIRE_COPY, '13');

    expect(copy).toMatchObject({ nearDuplicateOf: { articleId: original?.articleId } });
    expect(second).toMatchObject({ nearDuplicateOf: { articleId: original?.articleId } });
    const similarity = copy?.status === 'ingested' ? (copy.nearDuplicateOf?.similarity ?? 0) : 0;
    expect(similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(other).not.toHaveProperty('nearDuplicateOf');
    expect(original).not.toHaveProperty('nearDuplicateOf');
  });

  it('re-points the wire copies when the agency story is removed from the bucket', async () => {
    const original = await ingest('agency.txt', AGENCY_STORY, '10');
    const copy = await ingest('site.txt', WIRE_COPY, '11');
    const second = await ingest('other-site.txt', SECOND_WIRE_COPY, '12');
    expect(second).toMatchObject({ nearDuplicateOf: { articleId: original?.articleId } });

    await pipeline.clients.s3.send(
      new DeleteObjectCommand({ Bucket: TEST_BUCKETS.articles, Key: `${prefix}/agency.txt` }),
    );
    const removal: ObjectRef = {
      ...refOf('agency.txt', '13'),
      change: 'removed',
      eventName: 'ObjectRemoved:Delete',
    };
    await ingestObject(removal, pipeline.deps);

    const store = pipeline.deps.store;
    expect(await store.getRecord(original?.articleId ?? '')).toMatchObject({ status: 'removed' });
    // The earlier copy (ingested at the same fixed time: the smaller id) is an original
    // now, and the other (4 bits from it) points at it.
    const [first, later] = [copy, second].sort((a, b) =>
      (a?.articleId ?? '').localeCompare(b?.articleId ?? ''),
    );
    const promoted = await store.getRecord(first?.articleId ?? '');
    expect(promoted).toMatchObject({ status: 'ingested' });
    expect(promoted).not.toHaveProperty('nearDuplicateOf');
    expect(await store.getRecord(later?.articleId ?? '')).toMatchObject({
      nearDuplicateOf: { articleId: first?.articleId, similarity: 60 / 64 },
    });
    expect(await store.findNearCopies(original?.articleId ?? '')).toEqual([]);
  });
});
