import { Logger } from '@aws-lambda-powertools/logger';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { IngestHandlerDeps } from '#lambdas/ingest/create-ingest-handler.ts';
import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { createS3ObjectSource } from '#shared/adapters/s3-object-source.ts';
import { TEST_BUCKETS } from '../global-setup.ts';
import { createArticlesTable } from './articles-table.ts';
import {
  type ClientKind,
  type EmulatorApis,
  type EmulatorClients,
  emulatorApis,
  emulatorClients,
  uniqueName,
} from './emulator-clients.ts';

/** A fixed clock, so records are reproducible. */
export const TEST_NOW = new Date('2025-11-10T12:00:00.000Z');

export interface TestPipeline {
  clients: EmulatorClients;
  /** The ports the adapters run over: the SDK's or the functions' HTTP client. */
  apis: EmulatorApis;
  tableName: string;
  deps: IngestHandlerDeps;
  queries: ReturnType<typeof createDynamoRecordQueries>;
  putObject(key: string, body: string | Uint8Array, bucket?: string): Promise<void>;
}

/**
 * The real adapters over the emulators and a fresh table of its own, talking through
 * the SDK (the default) or the functions' HTTP client.
 */
export const createTestPipeline = async (kind: ClientKind = 'sdk'): Promise<TestPipeline> => {
  const clients = emulatorClients();
  const apis = emulatorApis(kind, clients);
  const tableName = uniqueName('articles');
  await createArticlesTable(clients.dynamo, tableName);
  const store = createDynamoRecordStore(apis.dynamo, tableName);
  return {
    clients,
    apis,
    tableName,
    deps: {
      source: createS3ObjectSource(apis.s3),
      store,
      content: createS3ContentStore(apis.s3, TEST_BUCKETS.content),
      now: () => TEST_NOW,
      logger: new Logger({ serviceName: 'ingest-test', logLevel: 'SILENT' }),
    },
    queries: createDynamoRecordQueries(apis.dynamo, tableName, store),
    async putObject(key, body, bucket = TEST_BUCKETS.articles) {
      await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
  };
};
