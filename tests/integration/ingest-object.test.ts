import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import { inlineContent, MAX_RECORD_JSON_BYTES } from '#shared/pipeline/offload-content.ts';
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
  const deleteObject = (key: string) =>
    pipeline.clients.s3.send(new DeleteObjectCommand({ Bucket: TEST_BUCKETS.articles, Key: key }));

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

  it('writes a tombstone for a removal of an object the bucket no longer has', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);
    await ingestObject(ref(key, '0A'), pipeline.deps);
    await deleteObject(key);

    const outcome = await ingestObject(ref(key, '0B', 'removed'), pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'removed' });
    expect(await pipeline.deps.store.getRecord(outcome.articleId ?? '')).toMatchObject({
      status: 'removed',
    });
  });

  it('leaves the article in place when a forged removal names an object that exists', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);
    const created = await ingestObject(ref(key, '0A'), pipeline.deps);
    const forged = {
      ...ref(key, 'FFFF', 'removed'),
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
    };

    const outcome = await ingestObject(forged, pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'skipped', skipReason: 'the object still exists' });
    expect(await pipeline.deps.store.getRecord(created.articleId ?? '')).toMatchObject({
      status: 'ingested',
      source: { sequencer: '0A' },
    });
  });

  it('writes nothing for a late removal when the key was uploaded again since', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);
    await deleteObject(key);
    await pipeline.putObject(key, ARTICLE);

    const outcome = await ingestObject(ref(key, '0B', 'removed'), pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'skipped' });
    expect(await pipeline.queries.getRecordByKey(TEST_BUCKETS.articles, key)).toBeNull();
  });

  it('reports stale when the stored record is newer', async () => {
    const key = `${prefix}/bridge.txt`;
    await pipeline.putObject(key, ARTICLE);
    await ingestObject(ref(key, '0C'), pipeline.deps);

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
      skipReason: 'the object is gone',
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
    // The body is the sections joined: named, not stored again.
    expect(content.sections.length).toBeGreaterThan(0);
    expect(content.rendered).toEqual(['body']);
    expect(content).not.toHaveProperty('body');
    expect(record).not.toHaveProperty('bodyMarkdown');
    // Read back as `get --json` does, through the content store's getContent.
    const reader = createS3ContentStore(pipeline.apis.s3, TEST_BUCKETS.content);
    const text = expect.stringContaining('inspection report of the old stone bridge');
    expect(await inlineContent(record as ArticleRecord, reader)).toEqual({
      ...record,
      body: text,
      bodyMarkdown: text,
      sections: content.sections,
    });
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

  it('writes a too-large rejection for an object over the configured read limit', async () => {
    const key = `${prefix}/huge.txt`;
    const limits = { ...DEFAULT_LIMITS, maxObjectBytes: 1024 };
    await pipeline.putObject(key, new Uint8Array(1025).fill(0x61));

    const outcome = await ingestObject(ref(key, '0F'), { ...pipeline.deps, limits });

    expect(outcome).toMatchObject({ outcome: 'written', status: 'rejected', reason: 'too-large' });
    expect(await pipeline.deps.store.getRecord(outcome.articleId ?? '')).toMatchObject({
      reason: 'too-large',
      reasonDetail: 'Object is 1025 bytes; the limit is 1024',
      source: { size: 1025 },
    });
  });

  // s3rver keeps no versions (it answers for any version id of a key it holds), so the
  // delete of an old version with a newer one current is covered by the unit tests.
  it('writes nothing when a delete of one version names a version the bucket still serves', async () => {
    const key = `${prefix}/versioned.txt`;
    await pipeline.putObject(key, ARTICLE);
    const versionDelete = { ...ref(key, '10', 'removed'), versionId: 'still-served' };

    const outcome = await ingestObject(versionDelete, pipeline.deps);

    expect(outcome).toMatchObject({
      outcome: 'skipped',
      skipReason: 'the removal names a version that still exists',
    });
  });

  it('writes a tombstone when a delete of one version leaves no object', async () => {
    const versionDelete = { ...ref(`${prefix}/gone.txt`, '11', 'removed'), versionId: 'last' };

    const outcome = await ingestObject(versionDelete, pipeline.deps);

    expect(outcome).toMatchObject({ outcome: 'written', status: 'removed' });
  });
});
