import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { createIngestHandler, type IngestHandler } from '#lambdas/ingest/create-ingest-handler.ts';
import { metricsPublisher } from '#lambdas/ingest/emf.ts';
import { newMessage, newReceiptHandle } from '#local/queue/message.ts';
import { toSqsEvent } from '#local/queue/sqs-event.ts';
import { buildS3Record } from '#local/s3-events/s3-record.ts';
import { PROBES_IN_FLIGHT } from '#shared/adapters/dynamo-record-store.ts';
import type { NearDuplicateProbes } from '#shared/domain/fingerprint-bands.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import type { IngestDeps } from '#shared/pipeline/ports.ts';
import { median } from '../bench/stats.ts';
import { writeCostAfter } from '../table/index-items.ts';
import { writeUnits } from '../table/item-size.ts';
import { type ArticleProfile, sequentialRounds } from './cost-model.ts';

/** One input file, as the bucket would hold it. */
export interface CostSample {
  key: string;
  bytes: Uint8Array;
  contentType: string;
}

type Requests = ArticleProfile['requests'];

const REGION = 'us-east-1';
const BUCKET = 'articleingest-articlesbucket-0123456789ab';
/** Names as CDK gives them on AWS, so the log lines are as long as they will be there. */
const FUNCTION_NAME = 'ArticleIngest-IngestFunction5A1B2C3D-AbCdEfGhIjKl';
const QUEUE_ARN = `arn:aws:sqs:${REGION}:123456789012:ArticleIngest-IngestQueue5A1B2C3D-AbCdEfGhIjKl`;
/** The trace header Lambda sets with active tracing; the logger copies it into every line. */
const TRACE_HEADER =
  'Root=1-6752f1a0-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0;Lineage=1:abcdef12:0';

const noRequests = (): Requests => ({
  s3Get: 0,
  s3Put: 0,
  dynamoGet: 0,
  dynamoQuery: 0,
  dynamoPut: 0,
  dynamoUpdate: 0,
});

/**
 * The handler's ports in memory, counting each request the adapters would send and the
 * DynamoDB rounds they wait on: the table starts empty (a new article), so every write
 * succeeds and every read finds none.
 */
const countingPorts = (sample: CostSample, probes: NearDuplicateProbes) => {
  const requests = noRequests();
  const waits = { dynamoRounds: 0 };
  const written: ArticleRecord[] = [];
  /** One DynamoDB request, waited on alone. */
  const dynamo = (kind: 'dynamoGet' | 'dynamoQuery' | 'dynamoPut' | 'dynamoUpdate') => {
    requests[kind] += 1;
    waits.dynamoRounds += 1;
  };
  // One query per band value probed (the near-duplicate lookup), sent as the adapter
  // sends them: PROBES_IN_FLIGHT at a time.
  const probeQueries = (queries: number) => {
    requests.dynamoQuery += queries;
    waits.dynamoRounds += sequentialRounds(queries, PROBES_IN_FLIGHT);
  };
  const deps: IngestDeps = {
    nearDuplicateProbes: probes,
    source: {
      fetchObject: async () => {
        requests.s3Get += 1;
        return {
          kind: 'found',
          bytes: sample.bytes,
          size: sample.bytes.length,
          contentType: sample.contentType,
          eTag: '"0123456789abcdef0123456789abcdef"',
        };
      },
      headObject: async () => {
        requests.s3Get += 1;
        return 'absent';
      },
    },
    store: {
      putRecord: async (record) => {
        dynamo('dynamoPut');
        written.push(record);
        return 'written';
      },
      getRecord: async () => {
        dynamo('dynamoGet');
        return null;
      },
      clearRetiring: async () => {
        dynamo('dynamoUpdate');
      },
      // Nothing is stored, so no copy is ever re-pointed.
      repointCopy: async () => {
        dynamo('dynamoPut');
        return 'written';
      },
      findByContentHash: async () => {
        dynamo('dynamoQuery');
        return [];
      },
      findNearCopies: async () => {
        dynamo('dynamoQuery');
        return [];
      },
      findByFingerprintBands: async (bandProbes) => {
        probeQueries(bandProbes.length);
        return [];
      },
      // The adapter reads the hash with the band 0 probe: one query per band value.
      findCopyCandidates: async (_hash, _fingerprint, bandProbes) => {
        probeQueries(bandProbes.length);
        return { sameContent: [], nearCandidates: [] };
      },
    },
    content: {
      putContent: async (key) => {
        requests.s3Put += 1;
        return { bucket: 'articleingest-contentbucket-0123456789ab', key };
      },
    },
    now: () => new Date(),
  };
  return { deps, requests, waits, written };
};

const eventFor = (sample: CostSample, messages = 1): SQSEvent => {
  const received = Array.from({ length: messages }, (_, i) =>
    receivedMessage({ ...sample, key: messages === 1 ? sample.key : `${sample.key}.${i}` }),
  );
  return toSqsEvent(received, { arn: QUEUE_ARN, region: REGION });
};

/** One S3 notification of the sample, as SQS delivers it the first time. */
const receivedMessage = (sample: CostSample) => {
  const record = buildS3Record(
    {
      eventName: 'ObjectCreated:Put',
      bucket: BUCKET,
      key: sample.key,
      size: sample.bytes.length,
      eTag: '0123456789abcdef0123456789abcdef',
      sequencer: '0062E5A1B2C3D4E5F6',
      eventTime: new Date(),
    },
    'IngestQueueNotification',
    REGION,
  );
  const message = newMessage(JSON.stringify({ Records: [record] }), Date.now());
  return {
    ...message,
    receiveCount: 1,
    receiptHandle: newReceiptHandle(message.messageId),
  };
};

const contextFor = (): Context =>
  ({
    functionName: FUNCTION_NAME,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${REGION}:123456789012:function:${FUNCTION_NAME}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${FUNCTION_NAME}`,
    logStreamName: `2026/12/03/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) as Context;

/** Runs `call` with stdout counted and swallowed; returns the bytes written. */
const countStdout = async (call: () => Promise<unknown>): Promise<number> => {
  const write = process.stdout.write;
  let bytes = 0;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    return true;
  }) as typeof process.stdout.write;
  try {
    await call();
  } finally {
    process.stdout.write = write;
  }
  return bytes;
};

const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** One invocation on one message, on fresh ports; what it requested, wrote and logged. */
const invokeOnce = async (logger: Logger, sample: CostSample, probes: NearDuplicateProbes) => {
  const { deps, requests, waits, written } = countingPorts(sample, probes);
  const handler: IngestHandler = createIngestHandler({ ...deps, logger });
  const event = eventFor(sample);
  const context = contextFor();
  let cpuMs = 0;
  const logBytes = await countStdout(async () => {
    const start = process.cpuUsage();
    await handler(event, context);
    cpuMs = cpuMsOf(process.cpuUsage(start));
  });
  return { requests, dynamoRounds: waits.dynamoRounds, written, logBytes, cpuMs };
};

/**
 * Bytes of the metrics lines (EMF) one invocation over a full batch of the sample prints
 * at its end, with the deployed publisher: a per-invocation cost, like Lambda's own lines.
 */
export const metricsLogBytesPerInvocation = async (
  sample: CostSample,
  batchSize: number,
  probes: NearDuplicateProbes,
): Promise<number> => {
  const { deps } = countingPorts(sample, probes);
  const logger = new Logger({ serviceName: 'ingest', logLevel: 'SILENT' });
  const handler = createIngestHandler({ ...deps, logger, publishMetrics: metricsPublisher() });
  return countStdout(() => handler(eventFor(sample, batchSize), contextFor()));
};

/** The measured figures of one article file, through the real handler on counting ports. */
export interface MeasuredArticle {
  inputBytes: number;
  cpuMs: number;
  logBytes: number;
  requests: Requests;
  dynamoRounds: number;
  writeUnits: number;
  tableWriteUnits: number;
  itemBytes: number;
}

/**
 * The handler on one article file: warmed (the first calls build lazily loaded models,
 * which the init line accounts for), then `repeats` calls, each on fresh ports; the CPU
 * time is their median. The handler is the deployed one, with the ports in memory: what
 * is not counted is the SDK's own work (marshalling, signing), which is small next to
 * parsing. Sets the trace variable Lambda sets, so log lines carry the trace id.
 */
export const measureArticle = async (
  sample: CostSample,
  repeats: number,
  probes: NearDuplicateProbes,
): Promise<MeasuredArticle> => {
  process.env._X_AMZN_TRACE_ID ??= TRACE_HEADER;
  const logger = new Logger({ serviceName: 'ingest' });
  await invokeOnce(logger, sample, probes);
  const runs = [];
  for (let i = 0; i < repeats; i += 1) runs.push(await invokeOnce(logger, sample, probes));
  const last = runs[runs.length - 1] ?? (await invokeOnce(logger, sample, probes));
  const costs = last.written.map((record) => writeCostAfter(record, probes));
  return {
    inputBytes: sample.bytes.length,
    cpuMs: median(runs.map((run) => run.cpuMs)) ?? last.cpuMs,
    logBytes: last.logBytes,
    requests: last.requests,
    dynamoRounds: last.dynamoRounds,
    writeUnits: costs.reduce((sum, cost) => sum + cost.units, 0),
    tableWriteUnits: costs.reduce((sum, cost) => sum + writeUnits(cost.tableBytes), 0),
    itemBytes: costs.reduce((sum, cost) => sum + cost.tableBytes, 0),
  };
};

/** The profile of a kind of article: each figure the median over the samples measured. */
export const profileOf = (name: string, measured: readonly MeasuredArticle[]): ArticleProfile => {
  const mid = (pick: (m: MeasuredArticle) => number) => median(measured.map(pick)) ?? 0;
  const requests = noRequests();
  for (const key of Object.keys(requests) as (keyof Requests)[])
    requests[key] = mid((m) => m.requests[key]);
  return {
    name,
    samples: measured.length,
    inputBytes: mid((m) => m.inputBytes),
    cpuMs: mid((m) => m.cpuMs),
    logBytes: mid((m) => m.logBytes),
    requests,
    dynamoRounds: mid((m) => m.dynamoRounds),
    writeUnits: mid((m) => m.writeUnits),
    tableWriteUnits: mid((m) => m.tableWriteUnits),
    itemBytes: mid((m) => m.itemBytes),
  };
};
