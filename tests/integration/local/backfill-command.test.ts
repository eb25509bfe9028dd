import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { runCli } from '../../unit/cli/run-cli.ts';
import { TEST_BUCKETS } from '../global-setup.ts';
import { emulatorClients, uniqueName } from '../support/emulator-clients.ts';
import { writeEmulatorStackFile } from './support/emulator-stack-file.ts';

const CONTROL_TOKEN = 'b'.repeat(64);

/**
 * `backfill` against the local stack's parts: s3rver lists, the control API enqueues into
 * the local ingest queue. The poller and the function are left out, so what the queue
 * holds is what the command sent.
 */
describe('article-ingest backfill against the local control API', () => {
  let dataDir: string;
  let control: ControlServer;
  let queue: LocalQueue;
  let prefix: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'backfill-'));
    prefix = uniqueName('local-backfill');
    queue = new LocalQueue({ name: 'ingest', visibilityTimeoutMs: 0 });
    control = await startControlServer({
      port: await findFreePort(),
      queue,
      waiters: new OutcomeWaiters(),
      inFlight: () => 0,
      token: CONTROL_TOKEN,
    });
    writeEmulatorStackFile(dataDir, {
      controlEndpoint: control.endpoint,
      controlToken: CONTROL_TOKEN,
      tableName: 'unused',
    });
  });

  afterEach(async () => {
    await control.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...argv: string[]) => runCli(...argv, '--data-dir', dataDir);
  const queuedKeys = () =>
    queue.receive(1000).flatMap((message) => {
      const parsed = parseQueueMessage(message);
      return parsed.kind === 'notification' ? parsed.refs.map((ref) => ref.key) : [];
    });

  it("enqueues every object under the prefix of the stack's articles bucket", async () => {
    const { s3 } = emulatorClients();
    const keys = Array.from({ length: 25 }, (_, i) => `${prefix}/n\u00e9ws ${i}+.txt`);
    for (const key of keys) {
      await s3.send(new PutObjectCommand({ Bucket: TEST_BUCKETS.articles, Key: key, Body: 'x' }));
    }

    const { code, out } = await run('backfill', '--prefix', `${prefix}/`, '--json');

    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      bucket: TEST_BUCKETS.articles,
      dryRun: false,
      listed: 25,
      enqueued: 25,
      batches: 3,
    });
    expect(queuedKeys().sort()).toEqual([...keys].sort());
  });

  it('refuses a bucket the local stack does not ingest', async () => {
    const { code, err } = await run('backfill', '--bucket', TEST_BUCKETS.content);

    expect(code).toBe(2);
    expect(err[0]).toContain(
      `The stack ingests only its articles bucket '${TEST_BUCKETS.articles}', not '${TEST_BUCKETS.content}'.`,
    );
    expect(queue.depth()).toBe(0);
  });
});
