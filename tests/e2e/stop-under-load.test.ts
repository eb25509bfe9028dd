import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStackClients, requestControl } from '#local/cli/stack.ts';
import { dynamoPidFile } from '#local/stack/dynamodb-pid-file.ts';
import { assertPortsFree } from '#local/stack/ports.ts';
import { isProcessAlive } from '#local/stack/running-stack.ts';
import { stackFilePath } from '#local/stack/stack-file.ts';
import { uploadFile } from '#local/uploads/upload-file.ts';
import { eventually, waitForStatus } from './support/cli.ts';
import {
  REPO_ROOT,
  type RunningStack,
  type StartStackOptions,
  startLocalStack,
} from './support/local-stack-process.ts';

/** A plain-text article written for the project's e2e tests; each burst file is a copy. */
const ARTICLE = join(REPO_ROOT, 'tests/fixtures/e2e/porthaven-bridge.txt');
/** Two batches of ten: two function processes at once, one of them cold at the signal. */
const BURST_FILES = 12;
const STOPPING_LINE = /\bstopping\b/;

interface Health {
  queueDepth: number;
  inFlight: number;
}

const health = async (stack: RunningStack): Promise<Health> =>
  (await (await requestControl(stack.info, '/health')).json()) as Health;

/** Live processes whose parent is `pid` and whose command line names `script` (Linux /proc). */
const childrenRunning = (pid: number, script: string): number[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(script);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);

/** Alive and not a zombie (a zombie's command line is empty). */
const isRunning = (pid: number): boolean => {
  try {
    return isProcessAlive(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8') !== '';
  } catch {
    return false;
  }
};

/** Uploads copies of the article as `<prefix>NN.txt`, all at once; returns their keys. */
const putBurst = async (stack: RunningStack, prefix: string): Promise<string[]> => {
  const { s3, info } = createStackClients(stack.info);
  const keys = Array.from(
    { length: BURST_FILES },
    (_, i) => `${prefix}${String(i).padStart(2, '0')}.txt`,
  );
  await Promise.all(
    keys.map((key) => uploadFile(s3, { bucket: info.articlesBucket, key }, ARTICLE)),
  );
  s3.destroy();
  return keys;
};

/**
 * Every key of the last burst has its record, and the queue is empty with nothing in
 * flight: a message an earlier stop released is received at once, not after the
 * visibility timeout (minutes), which the waits' 30 s bound would not cover.
 */
const expectBurstIngested = async (stack: RunningStack, keys: string[]) => {
  for (const key of keys) await waitForStatus(stack.dataDir, key, 'ingested');
  let last: Health | undefined;
  await eventually(
    async () => {
      last = await health(stack);
      return last.queueDepth === 0 && last.inFlight === 0 ? last : undefined;
    },
    () => `the queue never emptied: ${JSON.stringify(last)}`,
  );
};

/**
 * Each round starts the stack (which first finishes the burst the previous stop
 * interrupted), puts a burst and signals the stack's process group with batches in flight.
 * A start takes most of the time, so three rounds cover the three signals and two restarts.
 */
const ROUNDS: { signal: NodeJS.Signals; as: string; start: StartStackOptions }[] = [
  { signal: 'SIGINT', as: "a terminal's Ctrl-C to `npm start`", start: { launcher: 'npm' } },
  { signal: 'SIGHUP', as: 'a terminal closing', start: { launcher: 'node', synth: false } },
  { signal: 'SIGTERM', as: '`kill` of the job', start: { launcher: 'npm', synth: false } },
];

describe('stopping the local stack while it works through a burst, and starting it again', () => {
  let dataDir: string;
  let stack: RunningStack | undefined;
  /** The keys of the burst the previous round's stop interrupted. */
  let pending: string[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'article-ingest-stop-'));
  });

  afterAll(async () => {
    if (stack && stack.child.exitCode === null) await stack.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const [round, { signal, as, start }] of ROUNDS.entries())
    it(`stops cleanly on ${signal} (${as}) with batches in flight`, async () => {
      // Arrange: a stack that first finishes what the previous stop interrupted, then a burst
      stack = await startLocalStack(dataDir, { ...start, ownProcessGroup: true });
      await expectBurstIngested(stack, pending);
      const { pid: jvm } = JSON.parse(readFileSync(dynamoPidFile(dataDir), 'utf8')) as {
        pid: number;
      };
      pending = await putBurst(stack, `round-${round}/`);
      const running = stack;
      await eventually(
        async () => ((await health(running)).inFlight > 0 ? true : undefined),
        () => 'no batch was ever in flight',
      );
      const workers = childrenRunning(stack.info.pid, 'worker.mjs');

      // Act
      const code = await stack.signalGroup(signal);

      // Assert: exit 0 after a clean stop, and nothing left behind
      expect(code, stack.output()).toBe(0);
      expect(stack.output()).toMatch(STOPPING_LINE);
      expect(existsSync(stackFilePath(dataDir))).toBe(false);
      expect(workers.length).toBeGreaterThan(0);
      expect(workers.filter(isRunning)).toEqual([]);
      expect(isRunning(jvm)).toBe(false);
      await expect(
        assertPortsFree([{ port: stack.dynamoPort, option: '--dynamodb-port' }]),
      ).resolves.toBeUndefined();
    });
});
