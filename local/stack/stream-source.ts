import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import * as z from 'zod';
import { binaryAsBase64 } from '#shared/adapters/stream-image-binary.ts';
import { S3RVER_CREDENTIALS } from '../emulators/s3rver-credentials.ts';
import type { FunctionHost } from '../runtime/function-host.ts';
import type { StreamSourceWiring } from '../template/read-stream-source.ts';
import { StreamCheckpoint } from './stream-checkpoint.ts';

/** How often an idle stream is read again: events follow a write within a fraction of a second. */
const POLL_INTERVAL_MS = 200;
/**
 * How often the table and its stream's shards are described again; a shard closing is
 * noticed at once. Describing them on every poll was most of an idle stack's requests.
 */
const DESCRIBE_INTERVAL_MS = 5_000;
/** Shards read per DescribeStream page, and pages read per poll (a local stream has few). */
const SHARDS_PER_PAGE = 100;
const MAX_SHARD_PAGES = 10;
/** Where batches given up on are written: the local on-failure destination. */
export const STREAM_FAILURES_FILE = path.join('logs', 'publish-failures.jsonl');

const BatchResponse = z.object({
  batchItemFailures: z.array(z.object({ itemIdentifier: z.string() })).default([]),
});

export interface StreamSourceParts {
  wiring: StreamSourceWiring;
  tableName: string;
  dynamo: DynamoDBClient;
  dynamoEndpoint: string;
  region: string;
  host: FunctionHost;
  dataDir: string;
  log: (line: string) => void;
}

interface KnownShards {
  streamArn: string;
  shardIds: string[];
  describedAt: number;
}

export interface StreamSource {
  start(): void;
  stop(): Promise<void>;
}

/**
 * The table stream -> function mapping on this machine: reads DynamoDB Local's stream
 * shard by shard, invokes the function with Lambda's event shape and batch size, and
 * resumes from the first failed record a partial-batch response names. After the
 * template's retry attempts the batch is written to `logs/publish-failures.jsonl` (the
 * on-failure queue's stand-in) and passed. Positions survive a restart in the data dir.
 */
export const createStreamSource = (parts: StreamSourceParts): StreamSource => {
  const client = new DynamoDBStreamsClient({
    endpoint: parts.dynamoEndpoint,
    region: parts.region,
    credentials: S3RVER_CREDENTIALS,
  });
  const checkpoint = new StreamCheckpoint(parts.dataDir);
  const iterators = new Map<string, string>();
  const attempts = new Map<string, number>();
  let running: Promise<void> | undefined;
  let stopped = false;

  const iteratorFor = async (streamArn: string, shardId: string): Promise<string | undefined> => {
    const cached = iterators.get(shardId);
    if (cached) return cached;
    const after = checkpoint.position(shardId);
    const response = await client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: parts.wiring.startingPosition }),
      }),
    );
    return response.ShardIterator;
  };

  /** Reads one shard until it has nothing new; false when the batch must be retried later. */
  const drainShard = async (streamArn: string, shardId: string): Promise<void> => {
    while (!stopped) {
      const iterator = await iteratorFor(streamArn, shardId);
      if (!iterator) return checkpoint.close(shardId);
      const page = await client.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: parts.wiring.batchSize }),
      );
      const records = page.Records ?? [];
      if (records.length > 0 && !(await deliver(shardId, records))) {
        iterators.delete(shardId); // read again from the checkpoint
        return;
      }
      if (page.NextShardIterator === undefined) return checkpoint.close(shardId);
      iterators.set(shardId, page.NextShardIterator);
      if (records.length === 0) return;
    }
  };

  /** Invokes the function with one batch; true when the stream may move past it. */
  const deliver = async (shardId: string, records: StreamRecord[]): Promise<boolean> => {
    const event = { Records: records.map((record) => lambdaRecordOf(record, parts)) };
    let failedAt: string | undefined;
    try {
      const response = BatchResponse.safeParse(await parts.host.invoke(event));
      const failures = response.success ? response.data.batchItemFailures : [];
      failedAt = parts.wiring.reportBatchItemFailures ? failures[0]?.itemIdentifier : undefined;
      if (!response.success) failedAt = records[0]?.dynamodb?.SequenceNumber;
    } catch (error) {
      parts.log(`publish function failed: ${(error as Error).message}`);
      failedAt = records[0]?.dynamodb?.SequenceNumber;
    }
    const done = failedAt === undefined ? records : recordsBefore(records, failedAt);
    const last = done.at(-1)?.dynamodb?.SequenceNumber;
    if (last) checkpoint.advance(shardId, last);
    if (failedAt === undefined) return true;
    const tries = (attempts.get(failedAt) ?? 0) + 1;
    attempts.set(failedAt, tries);
    const limit = parts.wiring.maxRetryAttempts;
    if (limit < 0 || tries <= limit) return false;
    // Retries spent: hand the range to the on-failure stand-in and go on, as Lambda does.
    const rest = records.slice(done.length);
    appendFileSync(
      path.join(parts.dataDir, STREAM_FAILURES_FILE),
      `${JSON.stringify({ shardId, from: failedAt, to: rest.at(-1)?.dynamodb?.SequenceNumber, at: new Date().toISOString() })}\n`,
    );
    parts.log(`stream records from ${failedAt} given up after ${tries} tries`);
    const skipped = rest.at(-1)?.dynamodb?.SequenceNumber;
    if (skipped) checkpoint.advance(shardId, skipped);
    attempts.delete(failedAt);
    return false;
  };

  /** The stream and its shards, as DescribeTable and DescribeStream last told. */
  const describeStream = async (): Promise<KnownShards | undefined> => {
    const table = await parts.dynamo.send(new DescribeTableCommand({ TableName: parts.tableName }));
    const streamArn = table.Table?.LatestStreamArn;
    if (!streamArn) return undefined;
    const shardIds: string[] = [];
    let start: string | undefined;
    for (let page = 0; page < MAX_SHARD_PAGES && !stopped; page += 1) {
      const described = await client.send(
        new DescribeStreamCommand({
          StreamArn: streamArn,
          Limit: SHARDS_PER_PAGE,
          ...(start ? { ExclusiveStartShardId: start } : {}),
        }),
      );
      for (const shard of described.StreamDescription?.Shards ?? []) {
        if (shard.ShardId) shardIds.push(shard.ShardId);
      }
      start = described.StreamDescription?.LastEvaluatedShardId;
      if (!start) break;
    }
    return { streamArn, shardIds, describedAt: Date.now() };
  };

  let known: KnownShards | undefined;
  const pollOnce = async (): Promise<void> => {
    if (!known || Date.now() - known.describedAt >= DESCRIBE_INTERVAL_MS) {
      known = await describeStream();
    }
    if (!known) return;
    checkpoint.useStream(known.streamArn);
    for (const shardId of known.shardIds) {
      if (checkpoint.isClosed(shardId)) continue;
      await drainShard(known.streamArn, shardId);
      // A shard read to its end has a child the next description names.
      if (checkpoint.isClosed(shardId)) known = undefined;
      if (!known) return;
    }
  };

  const loop = async () => {
    while (!stopped) {
      await pollOnce().catch((error: Error) => {
        known = undefined; // the table may have been made again: describe it anew
        parts.log(`stream read failed: ${error.message}`);
      });
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  };

  return {
    start() {
      running ??= loop();
    },
    async stop() {
      stopped = true;
      await running;
      await checkpoint.flush();
      client.destroy();
    },
  };
};

const recordsBefore = (records: StreamRecord[], sequenceNumber: string): StreamRecord[] => {
  const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === sequenceNumber);
  return index === -1 ? [] : records.slice(0, index);
};

/** A stream record as Lambda hands it to a function: times in epoch seconds, the ARN named. */
const lambdaRecordOf = (record: StreamRecord, parts: StreamSourceParts) => {
  const { ApproximateCreationDateTime, NewImage, OldImage, ...dynamodb } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: parts.region,
    eventSourceARN: `arn:aws:dynamodb:${parts.region}:000000000000:table/${parts.tableName}/stream`,
    dynamodb: {
      ...dynamodb,
      ...(NewImage ? { NewImage: binaryAsBase64(NewImage) } : {}),
      ...(OldImage ? { OldImage: binaryAsBase64(OldImage) } : {}),
      ...(ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
    },
  };
};
