import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ObjectRef } from '../../shared/domain/object-ref.ts';
import { ingestObject, MAX_OBJECT_BYTES } from '../../shared/pipeline/ingest-object.ts';
import { MAX_RECORD_JSON_BYTES } from '../../shared/pipeline/offload-content.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const ARTICLE = 'date 2025-11-05 The bridge reopened on Wednesday.\n\nCars may cross again.\n';
const PARAGRAPH =
  'The council published the full inspection report of the old stone bridge today. ';

/** A plain-text article whose record would not fit one DynamoDB item. */
const longArticle = (): string => {
  const paragraphs: string[] = ['date 2025-11-05 The bridge report, in full.'];
  for (let total = 0; total < MAX_RECORD_JSON_BYTES * 1.2; total += PARAGRAPH.length * 4) {
    paragraphs.push(PARAGRAPH.repeat(4).trim());
  }
  return paragraphs.join('\n\n');
};

describe('ingestObject with the real adapters', () => {
  let pipeline: TestPipeline;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    prefix = uniqueName('ingest');
  });

  const ref = (
    key: string,
    sequencer: string,
    change: ObjectRef['change'] = 'created',
  ): ObjectRef => ({
    bucket: TEST_BUCKETS.articles,
    key,
    change,
    eventName: change === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
    eventTime: '2025-11-05T09:14:03.512Z',
    sequencer,
  });

  it('writes an ingested record and reports it written', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);

    const outcome = await ingestObject(ref(key, '0A'), pipeline.deps);

    expect(outcome).toMatchObject({
      key,
      change: 'created',
      outcome: 'written',
      status: 'ingested',
    });
    expect(await pipeline.deps.store.getRecord(outcome.articleId ?? '')).toMatchObject({
      status: 'ingested',
      source: { key, sequencer: '0A', size: ARTICLE.length, eTag: expect.any(String) },
    });
  });

  it('writes a tombstone for a removal without reading the object', async () => {
    const key = `${prefix}/never-uploaded.txt`;

    const outcome = await ingestObject(ref(key, '0B', 'removed'), pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'removed' });
  });

  it('reports stale when the stored record is newer', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);
    await ingestObject(ref(key, '0C', 'removed'), pipeline.deps);

    const outcome = await ingestObject(ref(key, '0B'), pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'stale', status: 'ingested' });
  });

  it('skips a create whose object is gone', async () => {
    const outcome = await ingestObject(ref(`${prefix}/gone.txt`, '0D'), pipeline.deps);

    expect(outcome).toEqual({
      bucket: TEST_BUCKETS.articles,
      key: `${prefix}/gone.txt`,
      change: 'created',
      outcome: 'skipped',
    });
  });

  it('moves a body too large for one item to the content bucket and points at it', async () => {
    const key = `${prefix}/bridge-report.txt`;
    await pipeline.putObject(key, longArticle());

    const outcome = await ingestObject(ref(key, '0E'), pipeline.deps);

    const record = await pipeline.deps.store.getRecord(outcome.articleId ?? '');
    expect(record).toMatchObject({ status: 'ingested', body: '', sections: [] });
    const contentRef = record?.status === 'ingested' ? record.contentRef : undefined;
    expect(contentRef).toEqual({
      bucket: TEST_BUCKETS.content,
      key: `articles/${outcome.articleId}/${'0E'.padStart(32, '0')}.json`,
    });
    const stored = await pipeline.clients.s3.send(
      new GetObjectCommand({ Bucket: contentRef?.bucket, Key: contentRef?.key }),
    );
    const content = JSON.parse((await stored.Body?.transformToString()) ?? '{}');
    expect(content.body).toContain('inspection report of the old stone bridge');
    expect(content.sections.length).toBeGreaterThan(0);
  });

  it('marks an exact copy under another key as a duplicate of the first, and not the reverse', async () => {
    const [first, copy] = [`${prefix}/first.txt`, `${prefix}/copy.txt`];
    await pipeline.putObject(first, ARTICLE);
    await pipeline.putObject(copy, ARTICLE);

    const original = await ingestObject(ref(first, '20'), pipeline.deps);
    const duplicate = await ingestObject(ref(copy, '21'), pipeline.deps);
    const reingested = await ingestObject(ref(first, '22'), pipeline.deps);

    const store = pipeline.deps.store;
    expect(await store.getRecord(duplicate.articleId ?? '')).toMatchObject({
      duplicateOf: original.articleId,
    });
    expect(reingested.outcome).toBe('written');
    expect((await store.getRecord(original.articleId ?? ''))?.status).toBe('ingested');
    expect(await store.getRecord(original.articleId ?? '')).not.toHaveProperty('duplicateOf');
  });

  it('writes a too-large rejection for an object over the read limit', async () => {
    const key = `${prefix}/huge.txt`;
    await pipeline.putObject(key, new Uint8Array(MAX_OBJECT_BYTES + 1).fill(0x61));

    const outcome = await ingestObject(ref(key, '0F'), pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'rejected', reason: 'too-large' });
    expect(await pipeline.deps.store.getRecord(outcome.articleId ?? '')).toMatchObject({
      reason: 'too-large',
      source: { size: MAX_OBJECT_BYTES + 1 },
    });
  });

  it('keeps the article when a delete of one version leaves the object in place', async () => {
    const key = `${prefix}/versioned.txt`;
    await pipeline.putObject(key, ARTICLE);
    const versionDelete = { ...ref(key, '10', 'removed'), versionId: 'old-version' };

    const outcome = await ingestObject(versionDelete, pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'ingested' });
  });

  it('writes a tombstone when a delete of one version leaves no object', async () => {
    const versionDelete = { ...ref(`${prefix}/gone.txt`, '11', 'removed'), versionId: 'last' };

    const outcome = await ingestObject(versionDelete, pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'removed' });
  });
});
