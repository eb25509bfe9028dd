import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { FunctionHost } from '#local/runtime/function-host.ts';
import { createStreamSource, STREAM_FAILURES_FILE } from '#local/stack/stream-source.ts';
import type { StreamSourceWiring } from '#local/template/read-stream-source.ts';
import { emulatorClients, TEST_REGION, uniqueName } from '../support/emulator-clients.ts';

const { dynamo } = emulatorClients();
const WAIT_MS = 20_000;

interface StreamEvent {
  Records: {
    eventName: string;
    dynamodb: { SequenceNumber: string; NewImage?: { id: { S: string } } };
  }[];
}

/**
 * A stand-in for the publish function (the mapping's retry rules are under test, not the
 * bundle): records what it was given, answers with what `answer` says.
 */
const recordingHost = (answer: (event: StreamEvent, call: number) => unknown) => {
  const calls: StreamEvent[] = [];
  const host = {
    invoke: async (event: unknown) => {
      calls.push(event as StreamEvent);
      return answer(event as StreamEvent, calls.length);
    },
  } as unknown as FunctionHost;
  return { host, calls };
};

const wiring = (maxRetryAttempts: number): StreamSourceWiring => ({
  fn: {} as StreamSourceWiring['fn'],
  busName: 'bus',
  batchSize: 10,
  reportBatchItemFailures: true,
  bisectOnError: true,
  maxRetryAttempts,
  startingPosition: 'TRIM_HORIZON',
});

const idsOf = (event: StreamEvent) => event.Records.map((r) => r.dynamodb.NewImage?.id.S);

const until = async (done: () => boolean) => {
  const deadline = Date.now() + WAIT_MS;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
};

let tableName: string;
let dataDir: string;
beforeEach(async () => {
  tableName = uniqueName('stream');
  dataDir = mkdtempSync(path.join(tmpdir(), 'stream-source-'));
  mkdirSync(path.join(dataDir, 'logs'));
  await dynamo.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  for (const id of ['a', 'b', 'c']) {
    await dynamo.send(new PutItemCommand({ TableName: tableName, Item: { id: { S: id } } }));
  }
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const startSource = (host: FunctionHost, maxRetryAttempts: number, client = dynamo) => {
  const source = createStreamSource({
    wiring: wiring(maxRetryAttempts),
    tableName,
    dynamo: client,
    dynamoEndpoint: inject('dynamoEndpoint'),
    region: TEST_REGION,
    host,
    dataDir,
    log: () => {},
  });
  source.start();
  return source;
};

describe('the local stream source', () => {
  it('hands the function Lambda-shaped batches and reads again from the failure it reports', async () => {
    const { host, calls } = recordingHost((event, call) => {
      const second = event.Records[1]?.dynamodb.SequenceNumber;
      return call === 1 && second
        ? { batchItemFailures: [{ itemIdentifier: second }] }
        : { batchItemFailures: [] };
    });

    const source = startSource(host, 2);
    await until(() => calls.length >= 2);
    await source.stop();
    await dynamo.send(new DeleteTableCommand({ TableName: tableName }));

    expect(calls[0]?.Records[0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
    });
    expect(calls.slice(0, 2).map(idsOf)).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c'],
    ]);
  });

  it('gives a batch up after the retry attempts, writes its range down and goes on', async () => {
    const { host, calls } = recordingHost((event) => ({
      batchItemFailures: [{ itemIdentifier: event.Records[0]?.dynamodb.SequenceNumber }],
    }));

    const source = startSource(host, 1);
    await until(() => calls.length >= 2);
    await new Promise((r) => setTimeout(r, 1_000));
    await source.stop();
    await dynamo.send(new DeleteTableCommand({ TableName: tableName }));

    expect(calls).toHaveLength(2);
    const failures = readFileSync(path.join(dataDir, STREAM_FAILURES_FILE), 'utf8')
      .trim()
      .split('\n');
    expect(failures).toHaveLength(1);
    expect(JSON.parse(failures[0] as string)).toMatchObject({
      from: calls[0]?.Records[0]?.dynamodb.SequenceNumber,
      to: calls[0]?.Records[2]?.dynamodb.SequenceNumber,
    });
  });

  it('describes the table and its shards now and then, not on every poll, and keeps delivering', async () => {
    let describes = 0;
    const counting = new Proxy(dynamo, {
      get(target, property, receiver) {
        if (property !== 'send') return Reflect.get(target, property, receiver);
        return (command: unknown, ...rest: unknown[]) => {
          if (command instanceof DescribeTableCommand) describes += 1;
          return (target.send as (...args: unknown[]) => unknown)(command, ...rest);
        };
      },
    }) as DynamoDBClient;
    const { host, calls } = recordingHost(() => ({ batchItemFailures: [] }));

    const source = startSource(host, 2, counting);
    await until(() => calls.length >= 1);
    await new Promise((r) => setTimeout(r, 1_500));
    await dynamo.send(new PutItemCommand({ TableName: tableName, Item: { id: { S: 'd' } } }));
    await until(() => calls.flatMap(idsOf).includes('d'));
    await source.stop();
    await dynamo.send(new DeleteTableCommand({ TableName: tableName }));

    // Polled every 200 ms for about 2 s: described once, not ten times.
    expect(describes).toBeLessThanOrEqual(2);
    expect(calls.flatMap(idsOf)).toEqual(['a', 'b', 'c', 'd']);
  });
});
