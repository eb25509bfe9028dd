import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestControl } from '#local/cli/stack.ts';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { QueueJournal } from '#local/queue/queue-journal.ts';
import { stackFilePath } from '#local/stack/stack-file.ts';
import { type LocalStack, startLocalStack } from '#local/stack/start-local-stack.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { prepareInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (only when cdk.out is missing) and two JVM starts take a while on 2 cores. */
const SETUP_TIMEOUT_MS = 240_000;

let cdkOutDir: string;
let dataDir: string;
let ports: { s3Port: number; dynamoPort: number; controlPort: number };
let stack: LocalStack | undefined;

const start = async () => {
  stack = await startLocalStack({
    cdkOutDir,
    dataDir,
    inboxDir: path.join(dataDir, 'inbox'),
    ...ports,
    log: () => {},
  });
  return stack;
};

const clientsOf = (running: LocalStack) => ({
  s3: s3rverClient(running.info.s3Endpoint, running.info.region),
  dynamo: new DynamoDBClient({
    endpoint: running.info.dynamoEndpoint,
    region: running.info.region,
    credentials: S3RVER_CREDENTIALS,
  }),
});

/** The record's status and sequencerKey once `ready` holds for it. */
const waitForRecord = async (
  running: LocalStack,
  key: string,
  ready: (item: { sequencerKey: string; status: string }) => boolean = () => true,
) => {
  const { dynamo } = clientsOf(running);
  const articleId = articleIdFor(running.info.articlesBucket, key);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { Item } = await dynamo.send(
      new GetItemCommand({
        TableName: running.info.tableName,
        Key: { articleId: { S: articleId } },
      }),
    );
    const item = {
      sequencerKey: Item?.sequencerKey?.S ?? '',
      status: Item?.status?.S ?? '',
      key: Item?.source?.M?.key?.S ?? '',
    };
    if (Item && ready(item)) return item;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no record for ${key} in time`);
};

/** Whether the queue empties (the parked message and the upload were processed) in time. */
const waitForDrain = async (running: LocalStack): Promise<boolean> => {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await requestControl(running.info, '/health');
    const health = (await response.json()) as { queueDepth: number; inFlight: number };
    if (health.queueDepth === 0 && health.inFlight === 0) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

const put = (running: LocalStack, key: string, body: string) =>
  clientsOf(running).s3.send(
    new PutObjectCommand({ Bucket: running.info.articlesBucket, Key: key, Body: body }),
  );

const STORY = 'date 2025-11-05\nA short story about the local stack.\n\nIt has two paragraphs.\n';

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'local-stack-'));
  ({ cdkOutDir, ports } = await prepareInProcessStack(dataDir));
  await start();
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, SETUP_TIMEOUT_MS);

describe('the local stack', () => {
  it('writes stack.json with its endpoints and names', () => {
    const info = JSON.parse(readFileSync(stackFilePath(dataDir), 'utf8'));

    expect(info).toMatchObject({
      pid: process.pid,
      s3Endpoint: `http://127.0.0.1:${ports.s3Port}`,
      dynamoEndpoint: `http://127.0.0.1:${ports.dynamoPort}`,
      controlEndpoint: `http://127.0.0.1:${ports.controlPort}`,
      articlesBucket: 'articles-bucket',
      contentBucket: 'content-bucket',
      tableName: 'articles-table',
    });
  });

  it('runs an upload through the queue and the bundled handler into the table', async () => {
    const running = stack as LocalStack;

    await put(running, 'local stack+é.txt', STORY);
    const record = await waitForRecord(running, 'local stack+é.txt');

    expect(record.key).toBe('local stack+é.txt');
  });

  it('answers a replayed s3:TestEvent and reports health', async () => {
    const { info } = stack as LocalStack;
    const testEvent = {
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Time: '2025-11-05T00:00:00Z',
      Bucket: 'articles-bucket',
    };

    const replay = await requestControl(info, '/replay?wait=1', {
      method: 'POST',
      body: testEvent,
    });
    const health = await requestControl(info, '/health');

    expect(((await replay.json()) as { results: unknown }).results).toEqual([
      {
        messageId: expect.any(String),
        status: 'succeeded',
        objects: [{ key: '(bucket test event)', eventName: 's3:TestEvent', outcome: 'ignored' }],
      },
    ]);
    expect(await health.json()).toMatchObject({ status: 'ok', queueDepth: 0, dlqDepth: 0 });
  });

  it(
    'keeps records, queued messages and sequencer order across a restart',
    async () => {
      const first = stack as LocalStack;
      await put(first, 'restart.txt', STORY);
      const before = await waitForRecord(first, 'restart.txt');
      await first.stop();
      stack = undefined;
      const stackFileGone = !existsSync(stackFilePath(dataDir));
      // While the stack is down, a message waits in the persisted queue (as SQS would hold it).
      const parked = new LocalQueue({
        name: 'ingest-queue',
        visibilityTimeoutMs: 1_000,
        journal: new QueueJournal(path.join(dataDir, 'queues'), 'ingest-queue'),
      });
      parked.send(
        JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: 'x', Bucket: 'b' }),
      );

      const second = await start();
      const kept = await waitForRecord(second, 'restart.txt');
      await put(second, 'restart.txt', `${STORY}\nA third paragraph.\n`);
      const after = await waitForRecord(
        second,
        'restart.txt',
        (r) => r.sequencerKey !== before.sequencerKey,
      );
      const drained = await waitForDrain(second);

      expect(stackFileGone).toBe(true);
      expect(kept.sequencerKey).toBe(before.sequencerKey);
      expect(after.sequencerKey > before.sequencerKey).toBe(true);
      expect(drained).toBe(true);
    },
    SETUP_TIMEOUT_MS,
  );
});
