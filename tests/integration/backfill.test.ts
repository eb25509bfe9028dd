import { gzipSync } from 'node:zlib';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler, type IngestHandler } from '#lambdas/ingest/create-ingest-handler.ts';
import { inventoryObjects, readManifest } from '#local/backfill/inventory-manifest.ts';
import { listBucket } from '#local/backfill/list-bucket.ts';
import { runBackfill } from '#local/backfill/run-backfill.ts';
import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import { encodeS3Key } from '#shared/events/s3-key-encoding.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { sqsEventOf, sqsRecord } from './support/sqs-events.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const ARTICLE =
  'date 2025-11-05 The ferry to the island resumed on Monday.\n\nIt sails every hour.\n';
const REVISED =
  'date 2025-11-05 The ferry to the island resumed on Monday, two days late.\n\nIt sails every hour.\n';
/** A real S3 sequencer: 18 hex digits. */
const LIVE = '00690B1F2A3C4D5E61';
const LIVE_LATER = '00690B1F2A3C4D5E99';

/**
 * The backfill against the real emulators: the bucket listed by s3rver, the messages the
 * backfill would send handed to the ingest handler writing to DynamoDB Local, in every
 * order a live event and a backfill message of the same key can take.
 */
describe('backfill with live events of the same keys', () => {
  let pipeline: TestPipeline;
  let handle: IngestHandler;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    handle = createIngestHandler(pipeline.deps);
    prefix = uniqueName('backfill');
  });

  const recordOf = (key: string) => pipeline.queries.getRecordByKey(TEST_BUCKETS.articles, key);
  const live = (key: string, sequencer = LIVE) =>
    handle(sqsEventOf({ eventName: 'ObjectCreated:Put', key, sequencer }));
  const liveDelete = (key: string, sequencer = LIVE_LATER) =>
    handle(sqsEventOf({ eventName: 'ObjectRemoved:DeleteMarkerCreated', key, sequencer }));
  const deleteObject = (key: string) =>
    pipeline.clients.s3.send(new DeleteObjectCommand({ Bucket: TEST_BUCKETS.articles, Key: key }));

  /** Lists the bucket under the test's prefix and returns the SQS event the backfill sends. */
  const backfillEvent = async (under = prefix): Promise<SQSEvent> => {
    const bodies: string[] = [];
    await runBackfill({
      bucket: TEST_BUCKETS.articles,
      objects: listBucket(pipeline.clients.s3, TEST_BUCKETS.articles, `${under}/`),
      send: async (batch) => {
        bodies.push(...batch);
      },
      eventTime: '2026-01-02T00:00:00.000Z',
    });
    return { Records: bodies.map(sqsRecord) };
  };

  it('writes a record for every object under the prefix, and only those', async () => {
    const keys = [`${prefix}/a.txt`, `${prefix}/sub/b c+d.txt`, `${prefix}/é (1).txt`];
    for (const key of keys) await pipeline.putObject(key, ARTICLE);
    await pipeline.putObject(`${prefix}-other/x.txt`, ARTICLE);

    const event = await backfillEvent();
    const response = await handle(event);

    expect(response.batchItemFailures).toEqual([]);
    expect(event.Records).toHaveLength(3);
    for (const key of keys) {
      expect(await recordOf(key)).toMatchObject({ status: 'ingested', source: { key } });
    }
    expect(await recordOf(`${prefix}-other/x.txt`)).toBeNull();
  });

  it('leaves a record a live upload wrote as it is', async () => {
    const key = `${prefix}/ferry.txt`;
    await pipeline.putObject(key, ARTICLE);
    await live(key);
    const before = await recordOf(key);

    await handle(await backfillEvent());

    expect(await recordOf(key)).toEqual(before);
  });

  it('is a no-op when run twice', async () => {
    const key = `${prefix}/ferry.txt`;
    await pipeline.putObject(key, ARTICLE);
    await handle(await backfillEvent());
    const first = await recordOf(key);

    await handle(await backfillEvent());

    expect(await recordOf(key)).toEqual(first);
  });

  it('loses to an upload that overwrites the object after the backfill wrote it', async () => {
    const key = `${prefix}/ferry.txt`;
    await pipeline.putObject(key, ARTICLE);
    await handle(await backfillEvent());
    await pipeline.putObject(key, REVISED);

    await live(key);

    expect(await recordOf(key)).toMatchObject({
      title: expect.stringContaining('two days late'),
      source: { sequencer: LIVE },
    });
  });

  it('loses to an overwrite whose event arrived before the backfill message', async () => {
    const key = `${prefix}/ferry.txt`;
    await pipeline.putObject(key, ARTICLE);
    const listed = await backfillEvent();
    await pipeline.putObject(key, REVISED);
    await live(key);
    const afterLive = await recordOf(key);

    await handle(listed);

    expect(await recordOf(key)).toEqual(afterLive);
  });

  it('skips an object deleted after it was listed, and leaves its tombstone alone', async () => {
    const gone = `${prefix}/gone.txt`;
    const tombstoned = `${prefix}/tombstoned.txt`;
    await pipeline.putObject(gone, ARTICLE);
    await pipeline.putObject(tombstoned, ARTICLE);
    await live(tombstoned);
    const listed = await backfillEvent();
    await deleteObject(gone);
    await deleteObject(tombstoned);
    await liveDelete(tombstoned);

    const response = await handle(listed);

    expect(response.batchItemFailures).toEqual([]);
    expect(await recordOf(gone)).toBeNull();
    expect(await recordOf(tombstoned)).toMatchObject({ status: 'removed' });
  });

  it('is overruled by a delete whose event comes after the backfill wrote the record', async () => {
    const key = `${prefix}/ferry.txt`;
    await pipeline.putObject(key, ARTICLE);
    await handle(await backfillEvent());
    await deleteObject(key);

    await liveDelete(key);

    expect(await recordOf(key)).toMatchObject({ status: 'removed' });
  });
});

describe('backfill from an S3 Inventory report', () => {
  let pipeline: TestPipeline;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    prefix = uniqueName('inventory');
  });

  const put = (key: string, body: string | Uint8Array) =>
    pipeline.clients.s3.send(
      new PutObjectCommand({ Bucket: TEST_BUCKETS.content, Key: key, Body: body }),
    );
  const row = (key: string, latest: boolean, deleteMarker: boolean) =>
    `"${TEST_BUCKETS.articles}","${encodeS3Key(key)}","v1","${latest}","${deleteMarker}","42","abc"`;

  it('reads the current keys of every CSV file, decoded, under the prefix', async () => {
    const files = [`${prefix}/files/1.csv.gz`, `${prefix}/files/2.csv.gz`];
    await put(
      files[0] ?? '',
      gzipSync(
        [row('news/a b.txt', true, false), row('news/old.txt', false, false), ''].join('\n'),
      ),
    );
    await put(
      files[1] ?? '',
      gzipSync(
        [
          row('news/deleted.txt', true, true),
          row('news/c+d.txt', true, false),
          row('blog/e.txt', true, false),
        ].join('\n'),
      ),
    );
    await put(
      `${prefix}/manifest.json`,
      JSON.stringify({
        sourceBucket: TEST_BUCKETS.articles,
        destinationBucket: `arn:aws:s3:::${TEST_BUCKETS.content}`,
        version: '2016-11-30',
        fileFormat: 'CSV',
        fileSchema: 'Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, ETag',
        files: files.map((key) => ({ key, size: 1, MD5checksum: 'x' })),
      }),
    );

    const manifest = await readManifest(
      pipeline.clients.s3,
      `s3://${TEST_BUCKETS.content}/${prefix}/manifest.json`,
    );
    const listed: ListedObject[] = [];
    for await (const object of inventoryObjects(pipeline.clients.s3, manifest, 'news/')) {
      listed.push(object);
    }

    expect(manifest.sourceBucket).toBe(TEST_BUCKETS.articles);
    expect(listed).toEqual([
      { key: 'news/a b.txt', size: 42, eTag: 'abc' },
      { key: 'news/c+d.txt', size: 42, eTag: 'abc' },
    ]);
  });

  it('refuses a report in a format it does not read, in one sentence', async () => {
    await put(
      `${prefix}/manifest.json`,
      JSON.stringify({
        sourceBucket: 'b',
        destinationBucket: 'arn:aws:s3:::d',
        fileFormat: 'Parquet',
        fileSchema: 'message s3.inventory { }',
        files: [],
      }),
    );

    await expect(
      readManifest(pipeline.clients.s3, `s3://${TEST_BUCKETS.content}/${prefix}/manifest.json`),
    ).rejects.toThrow('only CSV inventory reports are read');
  });
});
