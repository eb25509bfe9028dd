import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StackClients } from '#local/cli/stack.ts';
import { createControlToken } from '#local/control/authorize.ts';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { type ObjectOutcome, OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';
import { runCliWith } from './run-cli.ts';

const BUCKET = 'articles';
const token = createControlToken();
let waiters: OutcomeWaiters;
let control: ControlServer;

beforeAll(async () => {
  waiters = new OutcomeWaiters();
  control = await startControlServer({
    port: await findFreePort(),
    queue: new LocalQueue({ name: 'ingest', visibilityTimeoutMs: 30_000 }),
    waiters,
    inFlight: () => 0,
    token,
  });
});

afterAll(async () => {
  await control?.stop();
});

const fakeStack = (): StackClients => ({
  info: {
    articlesBucket: BUCKET,
    controlEndpoint: control.endpoint,
    controlToken: token,
  } as StackInfo,
  s3: new S3Client({ region: 'us-east-1' }),
  db: undefined as unknown as StackClients['db'],
});

type Outcome = Pick<ObjectOutcome, 'outcome' | 'reason'>;

/**
 * Stands in for the bucket and the function: every PutObject takes a few milliseconds,
 * counts how many are in flight, and (when `decide` says what the function made of the
 * key) reports that outcome to the stack's journal a moment later, as the poller does.
 */
const fakeBucket = (decide?: (key: string) => Outcome | Error | undefined) => {
  const state = { inFlight: 0, most: 0, keys: [] as string[] };
  vi.spyOn(S3Client.prototype, 'send').mockImplementation(async (command: unknown) => {
    if (!(command instanceof PutObjectCommand)) return {};
    const key = command.input.Key ?? '';
    state.inFlight += 1;
    state.most = Math.max(state.most, state.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    state.inFlight -= 1;
    const decided = decide?.(key);
    if (decided instanceof Error) throw decided;
    state.keys.push(key);
    if (decided) {
      const objects = [{ key, eventName: 'ObjectCreated:Put', ...decided }];
      setTimeout(() => waiters.notify({ messageId: `m-${key}`, status: 'succeeded', objects }), 5);
    }
    return {};
  });
  return state;
};

const connected = vi.fn(async () => fakeStack());

const put = async (...args: string[]) => {
  const result = await runCliWith({ connect: connected }, 'put', ...args);
  return { ...result, connected: connected.mock.calls.length };
};

describe('article-ingest put', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-put-'));
    mkdirSync(join(dir, 'files'));
    for (let index = 0; index < 20; index += 1)
      writeFileSync(join(dir, 'files', `story-${index}.txt`), `Story ${index}.\n`);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    connected.mockClear();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [['--concurrency', '0'], '--concurrency wants a whole number >= 1, not 0.'],
    [['--concurrency', '65'], '--concurrency wants at most 64, not 65.'],
    [['--concurrency', '2.5'], '--concurrency wants a whole number >= 1, not 2.5.'],
    [['--strict'], '--strict goes with --wait.'],
  ])('exits 2 before touching the stack for %j', async (args, sentence) => {
    const { code, err, connected } = await put(join(dir, 'files'), ...args);

    expect(code).toBe(2);
    expect(err).toEqual([`${sentence} Run \`article-ingest help\` for usage.`]);
    expect(connected).toBe(0);
  });

  it('calls a folder with no files (hidden ones aside) a usage error, and uploads nothing', async () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', '.DS_Store'), 'hidden');

    const { code, err, connected } = await put(join(dir, 'empty'));

    expect(code).toBe(2);
    expect(err).toEqual([
      `No files to work on in '${join(dir, 'empty')}' (hidden files are skipped). Run \`article-ingest help\` for usage.`,
    ]);
    expect(connected).toBe(0);
  });

  it('uploads several at a time, never more than --concurrency, and sums up', async () => {
    const bucket = fakeBucket();

    const { code, out } = await put(join(dir, 'files'), '--concurrency', '4');

    expect(code).toBe(0);
    expect(bucket.keys).toHaveLength(20);
    expect(bucket.most).toBeGreaterThan(1);
    expect(bucket.most).toBeLessThanOrEqual(4);
    expect(out.split('\n').filter((line) => line.startsWith('uploaded '))).toHaveLength(20);
    expect(out).toMatch(/^Uploaded 20 files \(\d+ bytes\) in \d+\.\d s; 0 failed\.$/m);
  });

  it('reports a failed upload, goes on with the rest, and exits 1', async () => {
    fakeBucket((key) =>
      key === 'story-3.txt' ? new Error('SlowDown: reduce your rate') : undefined,
    );

    const { code, out, err } = await put(join(dir, 'files'));

    expect(code).toBe(1);
    expect(err).toEqual([
      `failed ${join(dir, 'files', 'story-3.txt')}: SlowDown: reduce your rate`,
      '1 of 20 uploads failed; see above.',
    ]);
    expect(out).toMatch(/^Uploaded 19 files .*; 1 failed\.$/m);
  });

  it('--wait prints what the function made of each object, from the stack', async () => {
    fakeBucket((key) =>
      key.endsWith('-0.txt') ? { outcome: 'rejected', reason: 'empty' } : { outcome: 'ingested' },
    );

    const { code, out } = await put(join(dir, 'files'), '--wait');

    expect(code).toBe(0);
    expect(out).toContain('story-0.txt -> rejected (empty)');
    expect(out).toContain('story-7.txt -> ingested');
    expect(out).toMatch(/^20 objects: (19 ingested, 1 rejected|1 rejected, 19 ingested)$/m);
  });

  it('--wait --strict exits 1 when not one object was written (all stale or skipped)', async () => {
    fakeBucket((key) =>
      key.endsWith('-0.txt')
        ? { outcome: 'skipped', reason: 'object missing' }
        : { outcome: 'stale' },
    );

    const plain = await put(join(dir, 'files'), '--wait');
    const strict = await put(join(dir, 'files'), '--wait', '--strict');

    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('story-0.txt -> skipped (object missing)');
    expect(strict.err).toEqual(['Nothing was written (--strict); see above.']);
  });

  it('--wait exits 1 when the function failed on an object', async () => {
    fakeBucket((key) =>
      key.endsWith('-5.txt')
        ? { outcome: 'failed', reason: 'on receive 1: timed out' }
        : { outcome: 'ingested' },
    );

    const { code, out, err } = await put(join(dir, 'files'), '--wait');

    expect(code).toBe(1);
    expect(out).toContain('story-5.txt -> failed on receive 1: timed out');
    expect(err).toEqual(['The function failed on some objects; see above.']);
  });
});
