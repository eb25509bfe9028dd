import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import { rejectedRecord } from '#shared/pipeline/record-base.ts';
import { runCli } from '../../unit/cli/run-cli.ts';
import { TEST_BUCKETS } from '../global-setup.ts';
import { createArticlesTable } from '../support/articles-table.ts';
import { emulatorClients, uniqueName } from '../support/emulator-clients.ts';
import { writeEmulatorStackFile } from './support/emulator-stack-file.ts';

/** The token the control API checks; the CLI reads it from the stack file. */
const CONTROL_TOKEN = 'a'.repeat(64);

const NOW = new Date('2025-11-10T12:00:00.000Z');

/** An S3 notification body as S3 sends it (the key encoded: a space is `+`). */
const s3Body = (encodedKey: string) =>
  JSON.stringify({
    Records: [{ eventName: 'ObjectCreated:Put', s3: { object: { key: encodedKey } } }],
  });

const DEAD_LETTERS = [
  { body: s3Body('news/2025/tram+line.txt'), error: 'reported as a batch item failure' },
  { body: s3Body('sport/match.txt'), error: 'Task timed out after 30.00 seconds' },
  { body: s3Body('news/2025/bridge.txt'), error: 'Task timed out after 30.00 seconds' },
];

/**
 * `redrive` and `failures` through the CLI, the control API and the local queues, with
 * the table in DynamoDB Local; the poller and the function are left out, so what the
 * queues hold is what the commands did.
 */
describe('article-ingest redrive and failures against the local control API', () => {
  let dataDir: string;
  let control: ControlServer;
  let queue: LocalQueue;
  let dlq: LocalQueue;
  const tableName = uniqueName('articles');

  beforeAll(async () => {
    const clients = emulatorClients();
    await createArticlesTable(clients.dynamo, tableName);
    const store = createDynamoRecordStore(sdkDynamoApi(clients.documents), tableName);
    const source = { bucket: TEST_BUCKETS.articles, key: 'uploads/logo.png', sequencer: '0A' };
    await store.putRecord(rejectedRecord(source, 'binary', 'The file is binary.', NOW));
  });

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'redrive-'));
    dlq = new LocalQueue({ name: 'dlq', visibilityTimeoutMs: 0 });
    queue = new LocalQueue({
      name: 'ingest',
      visibilityTimeoutMs: 0,
      redrive: { deadLetterQueue: dlq, maxReceiveCount: 1 },
    });
    for (const { body } of DEAD_LETTERS) queue.send(body);
    for (const [index, message] of queue.receive(10).entries()) {
      queue.recordFailure(message.messageId, DEAD_LETTERS[index]?.error ?? '');
    }
    queue.receive(10);
    const port = await findFreePort();
    control = await startControlServer({
      port,
      queue,
      deadLetterQueue: dlq,
      waiters: new OutcomeWaiters(),
      inFlight: () => 0,
      token: CONTROL_TOKEN,
    });
    writeEmulatorStackFile(dataDir, {
      controlEndpoint: control.endpoint,
      controlToken: CONTROL_TOKEN,
      tableName: tableName,
    });
  });

  afterEach(async () => {
    await control.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...argv: string[]) => runCli(...argv, '--data-dir', dataDir);

  it('lists what a key-prefix redrive would move, and moves nothing, on a dry run', async () => {
    const { code, out } = await run('redrive', '--filter', 'news/', '--dry-run');

    expect(code).toBe(0);
    expect(out).toContain('Would move 2 message(s)');
    expect(out).toContain('news/2025/tram line.txt');
    expect(dlq.depth()).toBe(3);
    expect(queue.depth()).toBe(0);
  });

  it('moves only the dead letters naming a key under the prefix', async () => {
    const { code, out } = await run('redrive', '--filter', 'news/', '--json');

    const { moved } = JSON.parse(out) as { moved: { keys: string[] }[] };
    expect(code).toBe(0);
    expect(moved.map((m) => m.keys)).toEqual([
      ['news/2025/tram line.txt'],
      ['news/2025/bridge.txt'],
    ]);
    expect(dlq.depth()).toBe(1);
    expect(queue.peek().map((m) => m.body)).toEqual([DEAD_LETTERS[0]?.body, DEAD_LETTERS[2]?.body]);
  });

  it('moves only the dead letters whose last error matches the reason', async () => {
    const { code } = await run('redrive', '--filter', 'timed out');

    expect(code).toBe(0);
    expect(queue.peek().map((m) => m.body)).toEqual([DEAD_LETTERS[1]?.body, DEAD_LETTERS[2]?.body]);
  });

  it('lists dead letters with their keys and last errors, and rejected records', async () => {
    const { code, out } = await run('failures', '--json');

    const listed = JSON.parse(out);
    expect(code).toBe(0);
    expect(listed.deadLetters).toEqual(
      DEAD_LETTERS.map(({ error }) =>
        expect.objectContaining({ receiveCount: 1, keys: expect.any(Array), lastError: error }),
      ),
    );
    expect(listed.rejected).toEqual([
      { key: 'uploads/logo.png', reason: 'binary', reasonDetail: 'The file is binary.' },
    ]);
  });

  it('prints failures for a person: one line per dead letter and per rejected file', async () => {
    const { out } = await run('failures');

    expect(out.split('\n')).toEqual([
      'Dead-letter queue: 3 message(s)',
      expect.stringMatching(/^ {2}\S+ {2}receives 1 {2}news\/2025\/tram line\.txt$/),
      '      last error: reported as a batch item failure',
      expect.stringMatching(/sport\/match\.txt$/),
      '      last error: Task timed out after 30.00 seconds',
      expect.stringMatching(/news\/2025\/bridge\.txt$/),
      '      last error: Task timed out after 30.00 seconds',
      'Rejected records: 1',
      '  uploads/logo.png  binary  The file is binary.',
    ]);
  });
});
