import { createWriteStream, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startControlServer } from '../control/control-server.ts';
import { OutcomeWaiters } from '../control/outcome-waiters.ts';
import { startDynamoDbLocal } from '../emulators/dynamodb-local.ts';
import { S3RVER_CREDENTIALS, startS3Server } from '../emulators/s3-server.ts';
import { createS3EventBridge } from '../events/s3rver-bridge.ts';
import { openSequencer } from '../events/sequencer.ts';
import { contentTypeFor } from '../inbox-watch/content-type.ts';
import { startInbox } from '../inbox-watch/inbox-watcher.ts';
import { Poller } from '../queue/poller.ts';
import { functionEnvironment } from '../runtime/function-env.ts';
import { FunctionHost } from '../runtime/function-host.ts';
import { loadTemplate, readWiring } from '../template/read-wiring.ts';
import { LOCAL_ACCOUNT, resolveEnvironment } from '../template/resolve-env.ts';
import { assetFileOf } from './asset-file.ts';
import { buildQueues } from './build-queues.ts';
import { describeOutcome } from './describe-outcome.ts';
import { ensureTable } from './ensure-table.ts';
import { assertPortsFree } from './ports.ts';
import { removeStackFile, type StackInfo, writeStackFile } from './stack-file.ts';

/** The region local ARNs, events and clients use. */
export const LOCAL_REGION = 'us-east-1';
/** On shutdown, how long the batch in flight may take to finish. */
const SHUTDOWN_GRACE_MS = 30_000;

export interface LocalStackOptions {
  cdkOutDir: string;
  dataDir: string;
  inboxDir: string;
  s3Port: number;
  dynamoPort: number;
  controlPort: number;
  /** Progress and per-object lines. */
  log: (line: string) => void;
}

export interface LocalStack {
  info: StackInfo;
  stop(): Promise<void>;
}

/** Starts the whole pipeline on this machine, wired as the synthesized template says. */
export const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const started: (() => Promise<void>)[] = [];
  try {
    return await startParts(options, started);
  } catch (error) {
    // Stop what did start (the JVM above all), newest first, then report the failure.
    for (const stop of started.reverse()) await stop().catch(() => {});
    throw error;
  }
};

const startParts = async (
  options: LocalStackOptions,
  started: (() => Promise<void>)[],
): Promise<LocalStack> => {
  const { dataDir, log } = options;
  const region = LOCAL_REGION;
  const wiring = readWiring(loadTemplate(options.cdkOutDir), options.cdkOutDir);
  const handlerFile = assetFileOf(wiring.fn);
  await assertPortsFree([
    { port: options.s3Port, option: '--s3-port' },
    { port: options.dynamoPort, option: '--dynamodb-port' },
    { port: options.controlPort, option: '--control-port' },
  ]);
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const controlEndpoint = `http://127.0.0.1:${options.controlPort}`;
  const queues = buildQueues(wiring, dataDir, region);
  const bridge = createS3EventBridge({
    buckets: wiring.buckets,
    notifications: wiring.notifications,
    sequencer: openSequencer(path.join(dataDir, 'events', 'sequencer')),
    region,
    publish: (_queue, record) => queues.ingest.send(JSON.stringify({ Records: [record] })),
  });

  log('starting the S3-compatible server and DynamoDB Local');
  const [s3, dynamo] = await Promise.all([
    startS3Server({
      directory: path.join(dataDir, 's3'),
      buckets: wiring.buckets.map((b) => b.name),
      port: options.s3Port,
      configure: bridge.install,
    }).then(track(started)),
    startDynamoDbLocal({
      dataDir: path.join(dataDir, 'dynamodb'),
      port: options.dynamoPort,
    }).then(track(started)),
  ]);
  const dynamoClient = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region,
    credentials: S3RVER_CREDENTIALS,
  });
  await ensureTable(dynamoClient, wiring.table);
  log(`table ${wiring.table.name} ready`);

  const host = new FunctionHost({
    handlerFile,
    handlerExport: wiring.fn.handlerExport,
    functionArn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${wiring.fn.logicalId}`,
    timeoutMs: wiring.fn.timeoutSeconds * 1000,
    logs: createWriteStream(path.join(dataDir, 'logs', `${wiring.fn.logicalId}.log`), {
      flags: 'a',
    }),
    env: functionEnvironment({
      templateEnv: resolveEnvironment(wiring, { region, queueBaseUrl: controlEndpoint }),
      functionName: wiring.fn.logicalId,
      memoryMb: wiring.fn.memoryMb,
      region,
      s3Endpoint: s3.endpoint,
      dynamoEndpoint: dynamo.endpoint,
    }),
  });
  started.push(() => host.stop());
  await host.warm().catch((error: Error) => log(`warning: ${error.message}`));

  const waiters = new OutcomeWaiters();
  queues.ingest.onDeadLettered((message) => {
    waiters.notify({ messageId: message.messageId, status: 'dead-lettered' });
    log(`message ${message.messageId} moved to the dead-letter queue`);
  });
  const { eventSource } = wiring;
  const poller = new Poller({
    queue: queues.ingest,
    identity: { arn: queues.ingestArn, region },
    batchSize: eventSource.batchSize,
    maxBatchingWindowMs: eventSource.maxBatchingWindowSeconds * 1000,
    reportBatchItemFailures: eventSource.reportBatchItemFailures,
    maxConcurrency: eventSource.maxConcurrency ?? Number.POSITIVE_INFINITY,
    invoke: (event) => host.invoke(event),
    onOutcome: (outcome) => {
      const { messageId, status } = outcome;
      waiters.notify({
        messageId,
        status,
        ...(status === 'failed' ? { error: outcome.error } : {}),
      });
      void describeOutcome(outcome, dynamoClient, wiring.table.name).then((lines) =>
        lines.forEach(log),
      );
    },
  });
  const control = await startControlServer({
    port: options.controlPort,
    queue: queues.ingest,
    ...(queues.deadLetter ? { deadLetterQueue: queues.deadLetter } : {}),
    waiters,
    inFlight: () => poller.inFlightCount(),
  });
  started.push(() => control.stop());
  poller.start();

  const s3Client = new S3Client({
    endpoint: s3.endpoint,
    region,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const articlesBucket = wiring.articlesBucket.name;
  const inbox = startInbox({
    dir: options.inboxDir,
    upload: async (key, file) => {
      const body = await readFile(file);
      await s3Client.send(
        new PutObjectCommand({
          Bucket: articlesBucket,
          Key: key,
          Body: body,
          ContentType: contentTypeFor(key),
        }),
      );
    },
    onUploaded: (key) => log(`inbox: uploaded ${key}`),
    onError: (key, error) => log(`inbox: could not upload ${key}: ${String(error)}`),
  });

  const info: StackInfo = {
    pid: process.pid,
    s3Endpoint: s3.endpoint,
    dynamoEndpoint: dynamo.endpoint,
    controlEndpoint: control.endpoint,
    region,
    articlesBucket,
    contentBucket: wiring.contentBucket?.name ?? '',
    tableName: wiring.table.name,
    inbox: options.inboxDir,
  };
  writeStackFile(dataDir, info);

  const stop = async () => {
    await inbox.stop();
    await control.stop();
    await poller.stop(SHUTDOWN_GRACE_MS);
    queues.ingest.persist();
    queues.deadLetter?.persist();
    await host.stop();
    await s3.stop();
    await dynamo.stop();
    s3Client.destroy();
    dynamoClient.destroy();
    removeStackFile(dataDir);
  };
  return { info, stop };
};

/** Remembers a started part so a failure later in start-up stops it. */
const track =
  (started: (() => Promise<void>)[]) =>
  <T extends { stop(): Promise<void> }>(part: T): T => {
    started.push(() => part.stop());
    return part;
  };
