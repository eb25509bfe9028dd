import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3RVER_CREDENTIALS, startS3Server } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import { type LocalStack, startLocalStack } from '#local/stack/start-local-stack.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { prepareInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (only when cdk.out is missing) and three JVM starts take a while on 2 cores. */
const SETUP_TIMEOUT_MS = 240_000;
/** How long a record may take to appear once its event is queued. */
const RECORD_DEADLINE_MS = 30_000;

/** A key that would recolour and reorder a terminal if printed raw. */
const LOST_KEY = 'lost-\u001b[31mupload\u202e.txt';

const STORY = 'date 2025-11-05\nA short story about reconciliation.\n\nIt has two paragraphs.\n';

let cdkOutDir: string;
let dataDir: string;
let ports: { s3Port: number; dynamoPort: number; controlPort: number };
let stack: LocalStack | undefined;
let lines: string[] = [];

const start = async () => {
  lines = [];
  stack = await startLocalStack({
    cdkOutDir,
    dataDir,
    inboxDir: path.join(dataDir, 'inbox'),
    ...ports,
    log: (line) => lines.push(line),
  });
  return stack;
};

const stop = async () => {
  await stack?.stop();
  stack = undefined;
};

const s3Client = (endpoint: string) => s3rverClient(endpoint, 'us-east-1');

const dynamoOf = (running: LocalStack) =>
  new DynamoDBClient({
    endpoint: running.info.dynamoEndpoint,
    region: running.info.region,
    credentials: S3RVER_CREDENTIALS,
  });

const keyOf = (running: LocalStack, key: string) => ({
  articleId: { S: articleIdFor(running.info.articlesBucket, key) },
});

/** The record's status and eTag once `ready` holds for it. */
const waitForRecord = async (
  running: LocalStack,
  key: string,
  ready: (record: { status: string; eTag: string }) => boolean,
) => {
  const dynamo = dynamoOf(running);
  const deadline = Date.now() + RECORD_DEADLINE_MS;
  while (Date.now() < deadline) {
    const { Item } = await dynamo.send(
      new GetItemCommand({ TableName: running.info.tableName, Key: keyOf(running, key) }),
    );
    const record = { status: Item?.status?.S ?? '', eTag: Item?.source?.M?.eTag?.S ?? '' };
    if (Item && ready(record)) return record;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no record for ${key} in time`);
};

const put = (client: S3Client, bucket: string, key: string, body: string) =>
  client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));

/**
 * Writes to the stack's bucket through s3rver without the event bridge: what a kill -9
 * between s3rver's write and its notification leaves behind.
 */
const changeBucketWithoutEvents = async (bucket: string) => {
  const server = await startS3Server({ directory: path.join(dataDir, 's3'), buckets: [bucket] });
  const client = s3Client(server.endpoint);
  try {
    await put(client, bucket, LOST_KEY, STORY);
    await put(client, bucket, 'overwritten.txt', `${STORY}\nA third paragraph.\n`);
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'deleted.txt' }));
  } finally {
    client.destroy();
    await server.stop();
  }
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'reconcile-'));
  ({ cdkOutDir, ports } = await prepareInProcessStack(dataDir));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}, SETUP_TIMEOUT_MS);

describe('reconciliation at start', () => {
  it(
    'queues the events a crash lost, so records catch up with the bucket, keys printed escaped',
    async () => {
      const first = await start();
      const bucket = first.info.articlesBucket;
      const client = s3Client(first.info.s3Endpoint);
      for (const key of ['record-lost.txt', 'overwritten.txt', 'deleted.txt'])
        await put(client, bucket, key, STORY);
      client.destroy();
      for (const key of ['record-lost.txt', 'overwritten.txt', 'deleted.txt'])
        await waitForRecord(first, key, (r) => r.status === 'ingested');
      const before = await waitForRecord(first, 'overwritten.txt', () => true);
      await dynamoOf(first).send(
        new DeleteItemCommand({
          TableName: first.info.tableName,
          Key: keyOf(first, 'record-lost.txt'),
        }),
      );
      await stop();
      await changeBucketWithoutEvents(bucket);

      const second = await start();
      const lost = await waitForRecord(second, LOST_KEY, (r) => r.status === 'ingested');
      const restored = await waitForRecord(
        second,
        'record-lost.txt',
        (r) => r.status === 'ingested',
      );
      const overwritten = await waitForRecord(
        second,
        'overwritten.txt',
        (r) => r.eTag !== before.eTag,
      );
      const deleted = await waitForRecord(second, 'deleted.txt', (r) => r.status === 'removed');

      expect(lines.filter((line) => line.startsWith('reconciled:'))).toEqual([
        'reconciled: 3 created, 1 removed (lost-\\x1b[31mupload\\u202e.txt, overwritten.txt, record-lost.txt, deleted.txt)',
      ]);
      expect([lost.status, restored.status, overwritten.status, deleted.status]).toEqual([
        'ingested',
        'ingested',
        'ingested',
        'removed',
      ]);
    },
    SETUP_TIMEOUT_MS,
  );

  it(
    'queues nothing and prints no line when the table matches the bucket',
    async () => {
      await stop();

      await start();

      expect(lines.some((line) => line.startsWith('reconciled:'))).toBe(false);
    },
    SETUP_TIMEOUT_MS,
  );
});
