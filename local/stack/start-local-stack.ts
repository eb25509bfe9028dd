import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { printable } from '../command-line/printable.ts';
import { createControlToken } from '../control/authorize.ts';
import { startControlServer } from '../control/control-server.ts';
import { OutcomeWaiters } from '../control/outcome-waiters.ts';
import { startArticlesInbox } from '../inbox/articles-inbox.ts';
import { startInspector } from '../inspector/inspector-server.ts';
import { loadTemplate, readWiring } from '../template/read-wiring.ts';
import { assetFileOf } from './asset-file.ts';
import { buildQueues } from './build-queues.ts';
import { startChangeEvents } from './change-events.ts';
import { createEventSource } from './event-source.ts';
import { createIngestFunction } from './ingest-function.ts';
import { assertPortsFree } from './ports.ts';
import { reconcileBucket } from './reconcile-bucket.ts';
import { removeStackFile, type StackInfo, writeStackFile } from './stack-file.ts';
import { startStorage } from './storage.ts';
import type { SupervisedDynamoDbLocal } from './supervise-dynamodb.ts';

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
  /** DynamoDB Local already started on `dynamoPort` (its JVM can start during synth). */
  dynamo?: SupervisedDynamoDbLocal;
  controlPort: number;
  /** The inspector page's port; without it, any free port. */
  inspectorPort?: number;
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
  if (options.dynamo) started.push(() => (options.dynamo as SupervisedDynamoDbLocal).stop());
  const region = LOCAL_REGION;
  const template = loadTemplate(options.cdkOutDir);
  const wiring = readWiring(template, options.cdkOutDir);
  assetFileOf(wiring.fn); // fail before starting anything when the bundle is missing
  await assertPortsFree([
    { port: options.s3Port, option: '--s3-port' },
    ...(options.dynamo ? [] : [{ port: options.dynamoPort, option: '--dynamodb-port' }]),
    { port: options.controlPort, option: '--control-port' },
    ...(options.inspectorPort ? [{ port: options.inspectorPort, option: '--inspector-port' }] : []),
  ]);
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const controlEndpoint = `http://127.0.0.1:${options.controlPort}`;
  const queues = buildQueues(wiring, dataDir, region);

  log('starting the S3-compatible server and DynamoDB Local');
  const { s3, dynamo, dynamoClient, sequencer } = await startStorage({
    wiring,
    dataDir,
    region,
    s3Port: options.s3Port,
    dynamoPort: options.dynamoPort,
    ...(options.dynamo ? { dynamo: options.dynamo } : {}),
    queue: queues.ingest,
    onStarted: (part) => started.push(() => part.stop()),
    log,
  });
  log(`table ${wiring.table.name} in place`);
  // Events a kill -9 lost between s3rver's write and the journal; before any new upload.
  // A failure is reported, not fatal: the stack still serves what it can.
  await reconcileBucket({
    wiring,
    s3Endpoint: s3.endpoint,
    region,
    dynamo: dynamoClient,
    sequencer,
    queue: queues.ingest,
    log,
  }).catch((error: Error) => log(`warning: reconciliation failed: ${printable(error.message)}`));

  const endpoints = {
    region,
    s3Endpoint: s3.endpoint,
    dynamoEndpoint: dynamo.endpoint,
    controlEndpoint,
  };
  const host = createIngestFunction(wiring, endpoints, dataDir);
  started.push(() => host.stop());
  await host.warm().catch((error: Error) => log(`warning: ${printable(error.message)}`));

  const waiters = new OutcomeWaiters();
  const poller = createEventSource({
    wiring,
    queues,
    host,
    waiters,
    region,
    dynamo: dynamoClient,
    log,
  });
  const controlToken = createControlToken();
  const control = await startControlServer({
    port: options.controlPort,
    token: controlToken,
    parts: () => [{ part: 's3', up: s3.server.httpServer?.listening === true }, dynamo.health()],
    queue: queues.ingest,
    ...(queues.deadLetter ? { deadLetterQueue: queues.deadLetter } : {}),
    waiters,
    inFlight: () => poller.inFlightCount(),
  });
  started.push(() => control.stop());
  poller.start();
  // The table's stream -> publish λ -> the local bus (`article-ingest events`).
  const stopChangeEvents = await startChangeEvents({
    template,
    cdkOutDir: options.cdkOutDir,
    wiring,
    endpoints,
    dynamo: dynamoClient,
    dataDir,
    log,
  });
  if (stopChangeEvents) started.push(stopChangeEvents);

  const articlesBucket = wiring.articlesBucket.name;
  const inbox = startArticlesInbox({
    dir: options.inboxDir,
    s3Endpoint: s3.endpoint,
    region,
    bucket: articlesBucket,
    log,
  });

  const stackInfo: StackInfo = {
    pid: process.pid,
    s3Endpoint: s3.endpoint,
    dynamoEndpoint: dynamo.endpoint,
    controlEndpoint: control.endpoint,
    controlToken,
    region,
    articlesBucket,
    contentBucket: wiring.contentBucket?.name ?? '',
    tableName: wiring.table.name,
    inbox: options.inboxDir,
  };
  const inspector = await startInspector({
    port: options.inspectorPort ?? 0,
    info: stackInfo,
    queue: queues.ingest,
    ...(queues.deadLetter ? { deadLetterQueue: queues.deadLetter } : {}),
  });
  started.push(() => inspector.stop());
  const info: StackInfo = { ...stackInfo, inspectorEndpoint: inspector.url };
  writeStackFile(dataDir, info);

  const stop = async () => {
    await inbox.stop();
    await inspector.stop();
    await control.stop();
    const released = await poller.stop(SHUTDOWN_GRACE_MS);
    if (released > 0)
      log(
        `released ${released} message(s) of unfinished batches: the next start takes them at once`,
      );
    await stopChangeEvents?.();
    queues.ingest.persist();
    queues.deadLetter?.persist();
    await host.stop();
    await s3.stop();
    await dynamo.stop();
    dynamoClient.destroy();
    removeStackFile(dataDir);
  };
  return { info, stop };
};
