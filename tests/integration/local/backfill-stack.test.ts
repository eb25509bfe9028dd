import { DeleteItemCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestControl } from '#local/cli/stack.ts';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import type { LocalStack } from '#local/stack/start-local-stack.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import { runCli } from '../../unit/cli/run-cli.ts';
import { type InProcessStack, startInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (only when cdk.out is missing) and a JVM start take a while on 2 cores. */
const SETUP_TIMEOUT_MS = 240_000;
const STORY =
  'date 2025-11-05\nThe harbour ferry runs again.\n\nIt sails every hour from the pier.\n';

let dataDir: string;
let stack: LocalStack;
let s3: S3Client;
let dynamo: DynamoDBClient;

let running: InProcessStack | undefined;

beforeAll(async () => {
  running = await startInProcessStack('backfill-stack-');
  ({ stack, dataDir, s3 } = running);
  dynamo = new DynamoDBClient({
    region: stack.info.region,
    credentials: S3RVER_CREDENTIALS,
    endpoint: stack.info.dynamoEndpoint,
  });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await running?.stop();
}, SETUP_TIMEOUT_MS);

const keyOf = (key: string) => ({ articleId: { S: articleIdFor(stack.info.articlesBucket, key) } });

/** The record's sequencerKey, once `ready` holds for it (or '' for no record). */
const sequencerOf = async (key: string, ready: (seq: string) => boolean): Promise<string> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { Item } = await dynamo.send(
      new GetItemCommand({
        TableName: stack.info.tableName,
        Key: keyOf(key),
        ConsistentRead: true,
      }),
    );
    const seq = Item?.sequencerKey?.S ?? '';
    if (ready(seq) || Date.now() > deadline) return seq;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const drained = async (): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const health = (await (await requestControl(stack.info, '/health')).json()) as {
      queueDepth: number;
      inFlight: number;
    };
    if (health.queueDepth === 0 && health.inFlight === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the queue did not drain in time');
};

describe('article-ingest backfill on the running local stack', () => {
  it('restores a record whose event was lost and leaves a live record alone', async () => {
    const put = (key: string) =>
      s3.send(new PutObjectCommand({ Bucket: stack.info.articlesBucket, Key: key, Body: STORY }));
    await put('backfill/live.txt');
    await put('backfill/lost one.txt');
    const live = await sequencerOf('backfill/live.txt', (seq) => seq !== '');
    await sequencerOf('backfill/lost one.txt', (seq) => seq !== '');
    await drained();
    // As if the event of this upload had never arrived.
    await dynamo.send(
      new DeleteItemCommand({
        TableName: stack.info.tableName,
        Key: keyOf('backfill/lost one.txt'),
      }),
    );

    const { code, out } = await runCli('backfill', '--prefix', 'backfill/', '--data-dir', dataDir);
    await drained();

    expect(code).toBe(0);
    expect(out).toContain('Enqueued 2 backfill message(s)');
    expect(await sequencerOf('backfill/lost one.txt', (seq) => seq !== '')).toBe(sequencerKey('0'));
    expect(await sequencerOf('backfill/live.txt', () => true)).toBe(live);
    expect(live).not.toBe(sequencerKey('0'));
  });
});
