import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { createStackClients } from '../cli/stack.ts';
import { s3rverClient } from '../emulators/s3rver-client.ts';
import {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
} from '../stack/start-local-stack.ts';
import { seedDeadLetter } from './seed-dead-letter.ts';

/** The function takes a few seconds per cold batch on a busy machine. */
const RECORD_WAIT_MS = 30_000;
const POLL_MS = 200;

export interface DemoStack {
  stack: LocalStack;
  put(key: string, body: string | Uint8Array): Promise<unknown>;
  /** The record of `key` once the function has written one. */
  recordOf(key: string): Promise<ArticleRecord>;
  /** Writes a record as another writer would (the page must show it safely whatever it holds). */
  putRecord(record: ArticleRecord): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * A local stack in this process with one dead letter waiting in its DLQ, and the
 * clients to fill it: what the inspector's browser test and screenshots start from.
 */
export const startDemoStack = async (
  options: Omit<LocalStackOptions, 'log'>,
  deadLetter: { key: string; error: string },
): Promise<DemoStack> => {
  seedDeadLetter(options.dataDir, options.cdkOutDir, deadLetter);
  const stack = await startLocalStack({ ...options, log: () => {} });
  const { info } = stack;
  const s3 = s3rverClient(info.s3Endpoint, info.region);
  const clients = createStackClients(info);
  const api = sdkDynamoApi(clients.db);
  const store = createDynamoRecordStore(api, info.tableName);
  const queries = createDynamoRecordQueries(api, info.tableName, store);
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
    put: (key, body) =>
      s3.send(new PutObjectCommand({ Bucket: info.articlesBucket, Key: key, Body: body })),
    recordOf,
    putRecord: (record) => store.putRecord(record),
    stop: async () => {
      s3.destroy();
      clients.s3.destroy();
      clients.db.destroy();
      await stack.stop();
    },
  };
};
