import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { answersAsDynamo, startDynamoDbLocal } from '#local/emulators/dynamodb-local.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import {
  dynamoPidFile,
  endStaleDynamoDbLocal,
  recordDynamoPid,
} from '#local/stack/dynamodb-pid-file.ts';
import { isProcessAlive } from '#local/stack/running-stack.ts';
import {
  type SupervisedDynamoDbLocal,
  superviseDynamoDbLocal,
} from '#local/stack/supervise-dynamodb.ts';

/** Two JVM starts on a busy 2-core machine. */
const TEST_TIMEOUT_MS = 120_000;
const POLL_MS = 100;
const token = 'cd'.repeat(32);

let dir: string;
let dynamo: SupervisedDynamoDbLocal;
let control: ControlServer;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'supervision-'));
  dynamo = await superviseDynamoDbLocal({
    dataDir: path.join(dir, 'dynamodb'),
    port: await findFreePort(),
    stackDataDir: dir,
    log: (line) => logged.push(line),
    firstBackoffMs: 200,
  });
  control = await startControlServer({
    port: await findFreePort(),
    queue: new LocalQueue({ name: 'q', visibilityTimeoutMs: 1_000 }),
    waiters: new OutcomeWaiters(),
    inFlight: () => 0,
    token,
    parts: () => [dynamo.health()],
  });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all([dynamo?.stop(), control?.stop()]);
  rmSync(dir, { recursive: true, force: true });
}, TEST_TIMEOUT_MS);

const health = async () => {
  const response = await fetch(`${control.endpoint}/health`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** Polls until `check` holds; the test's own timeout bounds the wait. */
const eventually = async <T>(read: () => Promise<T> | T, check: (value: T) => boolean) => {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};

/** The parent pid of a process, from /proc/<pid>/stat. */
const parentOf = (pid: number): number =>
  Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);

describe('the DynamoDB Local supervisor', () => {
  it(
    'reports DynamoDB down on /health when its JVM dies, then restarts it',
    async () => {
      const before = dynamo.pid;

      process.kill(before, 'SIGKILL');
      const down = await eventually(health, (answer) => answer.status === 503);
      const up = await eventually(health, (answer) => answer.status === 200);

      expect(down.body).toMatchObject({
        status: 'unhealthy',
        down: [{ part: 'dynamodb', up: false }],
      });
      expect(up.body).toMatchObject({ status: 'ok' });
      expect(dynamo.pid).not.toBe(before);
      expect(await answersAsDynamo(dynamo.port)).toBe(true);
      expect(logged.some((line) => line.startsWith('DynamoDB Local is down'))).toBe(true);
      expect(JSON.parse(readFileSync(dynamoPidFile(dir), 'utf8'))).toEqual({
        pid: dynamo.pid,
        port: dynamo.port,
      });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('a stale DynamoDB Local', () => {
  it(
    'is ended at start when the pid file names our JVM on that port and data dir',
    async () => {
      const staleDir = mkdtempSync(path.join(tmpdir(), 'stale-'));
      const dbDir = path.join(staleDir, 'dynamodb');
      const port = await findFreePort();
      const jvm = await startDynamoDbLocal({ dataDir: dbDir, port });
      recordDynamoPid(staleDir, { pid: jvm.pid, port });
      // The stack and its watchdog were both killed: the JVM is orphaned.
      process.kill(parentOf(jvm.pid), 'SIGKILL');
      await jvm.exited;

      const ended = await endStaleDynamoDbLocal(staleDir, dbDir);
      await eventually(
        () => isProcessAlive(jvm.pid) && existsSync(`/proc/${jvm.pid}/cmdline`),
        (alive) => !alive,
      );

      expect(ended).toBe(jvm.pid);
      expect(await answersAsDynamo(port)).toBe(false);
      expect(existsSync(dynamoPidFile(staleDir))).toBe(false);
      rmSync(staleDir, { recursive: true, force: true });
    },
    TEST_TIMEOUT_MS,
  );

  it('leaves alone a recorded pid that now belongs to another program', async () => {
    const otherDir = mkdtempSync(path.join(tmpdir(), 'stale-other-'));
    writeFileSync(dynamoPidFile(otherDir), JSON.stringify({ pid: process.pid, port: 8000 }));

    const ended = await endStaleDynamoDbLocal(otherDir, path.join(otherDir, 'dynamodb'));

    expect(ended).toBeUndefined();
    expect(isProcessAlive(process.pid)).toBe(true);
    rmSync(otherDir, { recursive: true, force: true });
  });
});
