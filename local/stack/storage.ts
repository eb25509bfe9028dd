import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DynamoDbLocal, startDynamoDbLocal } from '../emulators/dynamodb-local.ts';
import { S3RVER_CREDENTIALS, type S3Server, startS3Server } from '../emulators/s3-server.ts';
import { createS3EventBridge } from '../events/s3rver-bridge.ts';
import { openSequencer } from '../events/sequencer.ts';
import type { LocalQueue } from '../queue/local-queue.ts';
import type { LocalWiring } from '../template/wiring.ts';
import { ensureTable } from './ensure-table.ts';

export interface StorageOptions {
  wiring: LocalWiring;
  dataDir: string;
  region: string;
  s3Port: number;
  dynamoPort: number;
  /** DynamoDB Local if it was started already. */
  dynamo?: DynamoDbLocal;
  /** Where the bucket notifications go. */
  queue: LocalQueue;
  /** Called with each part as it starts, so a later failure can stop it. */
  onStarted: (part: { stop(): Promise<void> }) => void;
}

export interface Storage {
  s3: S3Server;
  dynamo: DynamoDbLocal;
  dynamoClient: DynamoDBClient;
}

/**
 * The buckets (s3rver, with real-shaped notifications into `queue`) and the table
 * (DynamoDB Local, created from the template if absent), both persisted in `dataDir`.
 */
export const startStorage = async (options: StorageOptions): Promise<Storage> => {
  const { wiring, dataDir, region, queue } = options;
  const bridge = createS3EventBridge({
    buckets: wiring.buckets,
    notifications: wiring.notifications,
    sequencer: openSequencer(path.join(dataDir, 'events', 'sequencer')),
    region,
    publish: (_queue, record) => queue.send(JSON.stringify({ Records: [record] })),
  });
  const started = <T extends { stop(): Promise<void> }>(part: T): T => {
    options.onStarted(part);
    return part;
  };
  const [s3, dynamo] = await Promise.all([
    startS3Server({
      directory: path.join(dataDir, 's3'),
      buckets: wiring.buckets.map((b) => b.name),
      port: options.s3Port,
      configure: bridge.install,
    }).then(started),
    options.dynamo ??
      startDynamoDbLocal({
        dataDir: path.join(dataDir, 'dynamodb'),
        port: options.dynamoPort,
      }).then(started),
  ]);
  const dynamoClient = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region,
    credentials: S3RVER_CREDENTIALS,
  });
  await ensureTable(dynamoClient, wiring.table);
  return { s3, dynamo, dynamoClient };
};
