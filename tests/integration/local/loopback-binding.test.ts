import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '#local/emulators/dynamodb-local.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { type S3Server, startS3Server } from '#local/emulators/s3-server.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { isLoopback, listenSockets } from './support/listen-sockets.ts';

let dir: string;
let dynamo: DynamoDbLocal;
let s3: S3Server;
let control: ControlServer;
let controlPort: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'loopback-'));
  controlPort = await findFreePort();
  [dynamo, s3, control] = await Promise.all([
    startDynamoDbLocal(),
    startS3Server({ directory: path.join(dir, 's3'), buckets: ['loopback-bucket'] }),
    startControlServer({
      port: controlPort,
      queue: new LocalQueue({ name: 'q', visibilityTimeoutMs: 1_000 }),
      waiters: new OutcomeWaiters(),
      inFlight: () => 0,
      token: 'ab'.repeat(32),
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([dynamo?.stop(), s3?.stop(), control?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** The local addresses the kernel lists as listening on `port`. */
const listeningOn = (port: number) =>
  listenSockets()
    .filter((socket) => socket.port === port)
    .map((socket) => socket.address);

describe('the local servers in the kernel socket table', () => {
  it('has DynamoDB Local listening on loopback only', () => {
    const addresses = listeningOn(dynamo.port);

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !isLoopback(address))).toEqual([]);
  });

  it('has the S3-compatible server listening on loopback only', () => {
    const addresses = listeningOn(s3.port);

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !isLoopback(address))).toEqual([]);
  });

  it('has the control server listening on loopback only', () => {
    const addresses = listeningOn(controlPort);

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !isLoopback(address))).toEqual([]);
  });
});
