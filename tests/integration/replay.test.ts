import { readFileSync } from 'node:fs';
import { CreateBucketCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler, type IngestHandler } from '#lambdas/ingest/create-ingest-handler.ts';
import { retargetBucket } from '#local/cli/retarget-event.ts';
import { uniqueName } from './support/emulator-clients.ts';
import {
  BATCH_HTML_KEY,
  BATCH_MARKDOWN_KEY,
  BATCH_REMOVED_KEY,
  FIXTURE_OBJECTS,
  PLAIN_KEY,
  SPECIAL_KEY,
} from './support/fixture-objects.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

/**
 * A bucket of this file's own: removals are checked against the bucket, so these tests
 * delete and restore fixture objects, which other files read from the shared bucket.
 */
const BUCKET = uniqueName('replay');

/** The recorded-shape events of `events/`, pushed through the handler as Lambda would. */
const loadEvent = (name: string): SQSEvent =>
  retargetBucket(
    JSON.parse(readFileSync(new URL(`../../events/${name}`, import.meta.url), 'utf8')),
    BUCKET,
  ) as SQSEvent;

const NO_FAILURES = { batchItemFailures: [] };

describe('replaying the sample events', () => {
  let pipeline: TestPipeline;
  let handle: IngestHandler;

  const putFixtures = (setup: TestPipeline) =>
    Promise.all(
      Object.entries(FIXTURE_OBJECTS).map(([key, body]) => setup.putObject(key, body, BUCKET)),
    );

  beforeAll(async () => {
    const setup = await createTestPipeline();
    await setup.clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await putFixtures(setup);
  });

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    handle = createIngestHandler(pipeline.deps);
  });

  afterEach(() => putFixtures(pipeline));

  const recordOf = (key: string) => pipeline.queries.getRecordByKey(BUCKET, key);
  /** What S3 does before it sends object-removed.json. */
  const deletePlain = () =>
    pipeline.clients.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: PLAIN_KEY }));

  it('ingests object-created-plain-key.json into an ingested record', async () => {
    const response = await handle(loadEvent('object-created-plain-key.json'));

    expect(response).toEqual(NO_FAILURES);
    const record = await recordOf(PLAIN_KEY);
    expect(record).toMatchObject({
      status: 'ingested',
      format: 'text',
      titleSource: 'derived',
      publishedDate: '2025-11-05',
      language: 'en',
      source: { bucket: BUCKET, key: PLAIN_KEY, sequencer: '00690B1F2A3C4D5E61' },
    });
    if (record?.status !== 'ingested') throw new Error('expected an ingested record');
    expect(record.sections.map((section) => section.heading)).toEqual([
      null,
      'New engines',
      'Timetable',
    ]);
    expect(record.body).not.toContain('date 2025-11-05');
  });

  it('ingests object-created-special-key.json under the decoded key', async () => {
    const response = await handle(loadEvent('object-created-special-key.json'));

    expect(response).toEqual(NO_FAILURES);
    expect(await recordOf(SPECIAL_KEY)).toMatchObject({
      status: 'ingested',
      title: 'Über uns',
      titleSource: 'explicit',
      publishedDate: '2025-10-30',
      source: { key: 'Reports/Über uns + Café Crème.txt' },
    });
  });

  it('turns the record into a tombstone on object-removed.json', async () => {
    await handle(loadEvent('object-created-plain-key.json'));
    await deletePlain();

    const response = await handle(loadEvent('object-removed.json'));

    expect(response).toEqual(NO_FAILURES);
    expect(await recordOf(PLAIN_KEY)).toMatchObject({
      status: 'removed',
      source: { key: PLAIN_KEY, sequencer: '00690B1F9C81D2E3F4' },
    });
  });

  it('leaves the tombstone when the older create is replayed after the removal', async () => {
    await handle(loadEvent('object-created-plain-key.json'));
    await deletePlain();
    await handle(loadEvent('object-removed.json'));
    await putFixtures(pipeline);

    const response = await handle(loadEvent('object-created-plain-key.json'));

    expect(response).toEqual(NO_FAILURES);
    expect(await recordOf(PLAIN_KEY)).toMatchObject({ status: 'removed' });
  });

  it('keeps the tombstone when the removal arrives before the create it follows', async () => {
    await deletePlain();
    await handle(loadEvent('object-removed.json'));
    await putFixtures(pipeline);

    await handle(loadEvent('object-created-plain-key.json'));

    expect(await recordOf(PLAIN_KEY)).toMatchObject({ status: 'removed' });
  });

  it('acknowledges s3-test-event.json and writes nothing', async () => {
    const response = await handle(loadEvent('s3-test-event.json'));

    expect(response).toEqual(NO_FAILURES);
    expect(await pipeline.queries.listRecords()).toEqual([]);
  });

  it('processes every message of sqs-batch.json', async () => {
    const response = await handle(loadEvent('sqs-batch.json'));

    expect(response).toEqual(NO_FAILURES);
    expect(await recordOf(BATCH_MARKDOWN_KEY)).toMatchObject({
      status: 'ingested',
      format: 'markdown',
      title: 'The city library reopens its reading room',
      publishedDate: '2025-11-06',
    });
    expect(await recordOf(BATCH_HTML_KEY)).toMatchObject({
      status: 'ingested',
      format: 'html',
      title: 'The night market moves to the river bank',
      publishedDate: '2025-11-07',
    });
    expect(await recordOf(BATCH_REMOVED_KEY)).toMatchObject({ status: 'removed' });
  });

  it('makes replayed articles findable by publication day', async () => {
    await handle(loadEvent('sqs-batch.json'));

    const records = await pipeline.queries.listRecords({ publishedDate: '2025-11-06' });

    expect(records.map((record) => record.source.key)).toEqual([BATCH_MARKDOWN_KEY]);
  });
});
