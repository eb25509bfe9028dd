import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3RVER_CREDENTIALS, type S3Server, startS3Server } from '../emulators/s3-server.ts';
import type { LocalQueue } from '../queue/local-queue.ts';
import { createS3EventBridge } from '../s3-events/s3rver-bridge.ts';
import { openSequencer, type Sequencer } from '../s3-events/sequencer.ts';
import type { LocalWiring } from '../template/wiring.ts';
import { ensureTable } from './ensure-table.ts';
import { type SupervisedDynamoDbLocal, superviseDynamoDbLocal } from './supervise-dynamodb.ts';

export interface StorageOptions {
  wiring: LocalWiring;
  dataDir: string;
  region: string;
  s3Port: number;
  dynamoPort: number;
  /** DynamoDB Local if it was started already. */
  dynamo?: SupervisedDynamoDbLocal;
  /** Where the bucket notifications go. */
  queue: LocalQueue;
  /** Called with each part as it starts, so a later failure can stop it. */
  onStarted: (part: { stop(): Promise<void> }) => void;
  log: (line: string) => void;
}

export interface Storage {
  s3: S3Server;
  dynamo: SupervisedDynamoDbLocal;
  dynamoClient: DynamoDBClient;
  /** The bridge's sequencer: events built elsewhere (reconciliation) must share it. */
  sequencer: Sequencer;
}

/**
 * The buckets (s3rver, with real-shaped notifications into `queue`) and the table
 * (DynamoDB Local, created from the template if absent), both persisted in `dataDir`.
 * On the first start, like a deploy, the queue receives S3's `s3:TestEvent`.
 */
export const startStorage = async (options: StorageOptions): Promise<Storage> => {
  const { wiring, dataDir, region, queue } = options;
  const s3Dir = path.join(dataDir, 's3');
  const firstStart = !existsSync(path.join(s3Dir, wiring.articlesBucket.name));
  const sequencer = openSequencer(path.join(dataDir, 'events', 'sequencer'));
  const bridge = createS3EventBridge({
    buckets: wiring.buckets,
    notifications: wiring.notifications,
    sequencer,
    region,
    publish: (_queue, record) => queue.send(JSON.stringify({ Records: [record] })),
  });
  // The endpoint is known before the JVM runs: the client serves every (re)start.
  const dynamoClient = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${options.dynamoPort}`,
    region,
    credentials: S3RVER_CREDENTIALS,
  });
  const started = <T extends { stop(): Promise<void> }>(part: T): T => {
    options.onStarted(part);
    return part;
  };
  const [s3, dynamo] = await Promise.all([
    startS3Server({
      directory: s3Dir,
      buckets: wiring.buckets.map((b) => b.name),
      port: options.s3Port,
      configure: bridge.install,
    }).then(started),
    options.dynamo ??
      superviseDynamoDbLocal({
        dataDir: path.join(dataDir, 'dynamodb'),
        port: options.dynamoPort,
        stackDataDir: dataDir,
        log: options.log,
        afterRestart: () => ensureTable(dynamoClient, wiring.table),
      }).then(started),
  ]);
  await ensureTable(dynamoClient, wiring.table);
  // S3 sends this once when a deploy saves the notification configuration.
  if (firstStart) queue.send(JSON.stringify(testEventFor(wiring.articlesBucket.name)));
  return { s3, dynamo, dynamoClient, sequencer };
};

/** The message S3 puts on a queue when a bucket's notification configuration is saved. */
const testEventFor = (bucket: string) => ({
  Service: 'Amazon S3',
  Event: 's3:TestEvent',
  Time: new Date().toISOString(),
  Bucket: bucket,
  RequestId: randomBytes(8).toString('hex').toUpperCase(),
  HostId: randomBytes(48).toString('base64'),
});
