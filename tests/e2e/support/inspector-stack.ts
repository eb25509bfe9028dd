import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createStackClients, type StackClients } from '#local/cli/stack.ts';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { newMessage } from '#local/queue/message.ts';
import { QueueJournal } from '#local/queue/queue-journal.ts';
import { buildS3Record } from '#local/s3-events/s3-record.ts';
import { type LocalStack, startLocalStack } from '#local/stack/start-local-stack.ts';
import { loadTemplate, readWiring } from '#local/template/read-wiring.ts';
import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { prepareInProcessStack } from '../../integration/local/support/in-process-stack.ts';

/** The dead letter a crashed earlier run left: its object key and its last error. */
export const DEAD_LETTER = { key: 'dead/ferry.txt', error: 'Task timed out after 30.00 seconds' };
const RECORD_WAIT_MS = 30_000;
const POLL_MS = 200;

export interface InspectorStack {
  stack: LocalStack;
  clients: StackClients;
  put(key: string, body: string | Uint8Array): Promise<unknown>;
  /** The record of `key` once the function has written one. */
  recordOf(key: string): Promise<ArticleRecord>;
  /** Writes a record as another writer would (the page must show it safely whatever it holds). */
  putRecord(record: ArticleRecord): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Puts one message into the dead-letter queue's journal before the stack starts, as
 * a message dead-lettered by an earlier run is kept: the stack loads it at start.
 */
const seedDeadLetter = (dataDir: string, cdkOutDir: string) => {
  const wiring = readWiring(loadTemplate(cdkOutDir), cdkOutDir);
  const dlqId = wiring.ingestQueue.redrive?.deadLetterQueueLogicalId;
  const dlq = dlqId ? wiring.queues[dlqId] : undefined;
  if (!dlq) throw new Error('The template has no dead-letter queue.');
  const record = buildS3Record(
    {
      eventName: 'ObjectCreated:Put',
      bucket: wiring.articlesBucket.name,
      key: DEAD_LETTER.key,
      sequencer: '0A',
      eventTime: new Date(),
    },
    'inspector-test',
    'us-east-1',
  );
  const message = newMessage(JSON.stringify({ Records: [record] }), Date.now());
  new QueueJournal(path.join(dataDir, 'queues'), dlq.name).put({
    ...message,
    receiveCount: 3,
    lastError: DEAD_LETTER.error,
  });
};

/** A local stack in this process, quiet, with one dead letter waiting in its DLQ. */
export const startInspectorStack = async (): Promise<InspectorStack> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'inspector-'));
  const { cdkOutDir, ports } = await prepareInProcessStack(dataDir);
  seedDeadLetter(dataDir, cdkOutDir);
  const stack = await startLocalStack({
    cdkOutDir,
    dataDir,
    inboxDir: path.join(dataDir, 'inbox'),
    ...ports,
    log: () => {},
  });
  const { info } = stack;
  const s3 = new S3Client({
    endpoint: info.s3Endpoint,
    region: info.region,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const clients = createStackClients(info);
  const store = createDynamoRecordStore(clients.db, info.tableName);
  const queries = createDynamoRecordQueries(clients.db, info.tableName, store);
  const recordOf = async (key: string) => {
    const deadline = Date.now() + RECORD_WAIT_MS;
    while (Date.now() < deadline) {
      const record = await queries.getRecordByKey(info.articlesBucket, key);
      if (record) return record;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`No record for ${key} after ${RECORD_WAIT_MS} ms.`);
  };
  return {
    stack,
    clients,
    put: (key, body) =>
      s3.send(new PutObjectCommand({ Bucket: info.articlesBucket, Key: key, Body: body })),
    recordOf,
    putRecord: (record) => store.putRecord(record),
    stop: async () => {
      s3.destroy();
      clients.s3.destroy();
      clients.db.destroy();
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
