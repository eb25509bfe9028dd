import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  inject,
  it,
  vi,
} from 'vitest';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { runCli } from '../../unit/cli/run-cli.ts';
import { TEST_BUCKETS } from '../global-setup.ts';
import { emulatorClients, TEST_REGION, uniqueName } from '../support/emulator-clients.ts';
import type { FakeQueue } from './fake-sqs-queues.ts';
import { type FakeSqsServer, startFakeSqsServer } from './fake-sqs-server.ts';

/** `backfill --queue-url`: the CLI's own S3 and SQS clients, s3rver and the fake SQS endpoint. */
describe('article-ingest backfill on AWS', () => {
  let server: FakeSqsServer;
  let ingest: FakeQueue;
  let prefix: string;

  beforeAll(async () => {
    server = await startFakeSqsServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    vi.stubEnv('AWS_ENDPOINT_URL_SQS', server.endpoint);
    vi.stubEnv('AWS_ENDPOINT_URL_S3', inject('s3Endpoint'));
    vi.stubEnv('AWS_ACCESS_KEY_ID', S3RVER_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', S3RVER_CREDENTIALS.secretAccessKey);
    vi.stubEnv('AWS_REGION', TEST_REGION);
    server.queues.queues.clear();
    server.calls.length = 0;
    ingest = server.queues.create('ArticleIngest-IngestQueue');
    prefix = uniqueName('backfill-cli');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const putObjects = async (count: number) => {
    const { s3 } = emulatorClients();
    for (let i = 0; i < count; i++) {
      await s3.send(
        new PutObjectCommand({
          Bucket: TEST_BUCKETS.articles,
          Key: `${prefix}/story ${i}.txt`,
          Body: `story ${i}`,
        }),
      );
    }
  };
  const queued = () =>
    [...ingest.messages.values()].flatMap((message) => {
      const parsed = parseQueueMessage({ messageId: message.messageId, body: message.body });
      return parsed.kind === 'notification' ? parsed.refs : [];
    });

  it('enqueues one message per object under the prefix, ten to a SendMessageBatch', async () => {
    await putObjects(12);

    const { code, out, err } = await runCli(
      'backfill',
      '--queue-url',
      ingest.url,
      '--bucket',
      TEST_BUCKETS.articles,
      '--prefix',
      `${prefix}/`,
    );

    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toBe(
      `Enqueued 12 backfill message(s) in 2 batch(es) for the objects under s3://${TEST_BUCKETS.articles}/${prefix}/ into ${ingest.url}; live uploads and deletes win over them.`,
    );
    expect(server.calls.filter((call) => call === 'SendMessageBatch')).toHaveLength(2);
    const refs = queued();
    expect(refs.map((ref) => ref.key).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `${prefix}/story ${i}.txt`).sort(),
    );
    expect(refs.every((ref) => ref.sequencer === '0' && ref.change === 'created')).toBe(true);
  });

  it('sends nothing in a dry run, and lists the keys', async () => {
    await putObjects(2);

    const { code, out } = await runCli(
      'backfill',
      '--queue-url',
      ingest.url,
      '--bucket',
      TEST_BUCKETS.articles,
      '--prefix',
      `${prefix}/`,
      '--dry-run',
    );

    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      `  ${prefix}/story 0.txt  7 bytes`,
      `  ${prefix}/story 1.txt  7 bytes`,
      `Would enqueue 2 backfill message(s) for the objects under s3://${TEST_BUCKETS.articles}/${prefix}/ (dry run); nothing was sent.`,
    ]);
    expect(server.calls).not.toContain('SendMessageBatch');
  });

  it('says in one sentence that the bucket does not exist', async () => {
    const { code, err } = await runCli(
      'backfill',
      '--queue-url',
      ingest.url,
      '--bucket',
      'no-such-bucket-here',
    );

    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^S3 answered NoSuchBucket: /);
  });
});
