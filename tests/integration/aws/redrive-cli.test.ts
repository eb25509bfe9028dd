import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../unit/cli/run-cli.ts';
import { s3Notification } from '../support/sqs-events.ts';
import { FAKE_REGION, type FakeQueue } from './fake-sqs-queues.ts';
import { type FakeSqsServer, startFakeSqsServer } from './fake-sqs-server.ts';

const bodyFor = (key: string): string =>
  JSON.stringify(s3Notification({ eventName: 'ObjectCreated:Put', key, sequencer: '0A' }));

/** `redrive --dlq-arn | --queue-url` end to end: the CLI's own SQSClient, the fake endpoint. */
describe('article-ingest redrive on AWS', () => {
  let server: FakeSqsServer;
  let ingest: FakeQueue;
  let deadLetters: FakeQueue;

  const deadLetter = (key: string) =>
    server.queues.send(deadLetters, bodyFor(key), { origin: ingest.name, receiveCount: 5 });

  beforeAll(async () => {
    server = await startFakeSqsServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    vi.stubEnv('AWS_ENDPOINT_URL_SQS', server.endpoint);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'fake');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fake');
    // A queue URL on another endpoint names no region: the SDK's usual variable does.
    vi.stubEnv('AWS_REGION', FAKE_REGION);
    server.queues.queues.clear();
    server.queues.moveTasks.length = 0;
    server.denied.clear();
    deadLetters = server.queues.create('ArticleIngest-DeadLetterQueue');
    ingest = server.queues.create('ArticleIngest-IngestQueue', deadLetters);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('moves the messages a key prefix picks and says how many stay', async () => {
    const picked = deadLetter('news/2025/a.txt');
    deadLetter('blog/b.txt');

    const { code, out, err } = await runCli(
      'redrive',
      '--dlq-arn',
      deadLetters.arn,
      '--filter',
      'news/',
    );

    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Moved 1 message(s) from the dead-letter queue to the ingest queue; 1 other(s) stay in the dead-letter queue.',
      `  ${picked.messageId}  receives 6  news/2025/a.txt`,
    ]);
    expect(ingest.messages.size).toBe(1);
  });

  it('reports a dry run as JSON and moves nothing', async () => {
    deadLetter('news/a.txt');

    const { code, out } = await runCli(
      'redrive',
      '--queue-url',
      deadLetters.url,
      '--filter',
      'news/',
      '--dry-run',
      '--json',
    );

    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kept: 0, dryRun: true, complete: true });
    expect(JSON.parse(out).moved).toHaveLength(1);
    expect(ingest.messages.size).toBe(0);
  });

  it('starts a move task without a filter, whose progress a dry run then shows', async () => {
    deadLetter('news/a.txt');
    deadLetter('blog/b.txt');

    const started = await runCli('redrive', '--dlq-arn', deadLetters.arn);
    const progress = await runCli('redrive', '--dlq-arn', deadLetters.arn, '--dry-run');

    expect(started.code).toBe(0);
    expect(started.out).toContain(
      `Started an SQS move task for about 2 message(s) from ${deadLetters.url} to ${ingest.url}.`,
    );
    expect(progress.out).toMatch(/^ {2}move task COMPLETED {2}moved 2 of 2 {2}started /m);
    expect(ingest.messages.size).toBe(2);
  });

  it.each([
    [
      'a queue that does not exist',
      () => ['--dlq-arn', deadLetters.arn.replace('DeadLetterQueue', 'Gone')],
      () =>
        `The queue ${deadLetters.arn.replace('DeadLetterQueue', 'Gone')} does not exist, or these credentials cannot see it.`,
    ],
    [
      'a queue that is no dead-letter queue',
      () => ['--dlq-arn', ingest.arn],
      () =>
        `${ingest.url} is not a dead-letter queue: no queue's redrive policy sends failed messages to it.`,
    ],
  ])('exits 1 with one sentence for %s', async (_, args, sentence) => {
    const { code, out, err } = await runCli('redrive', ...args());

    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toEqual([sentence()]);
  });

  it('exits 1 with one sentence when AWS denies access', async () => {
    server.denied.add('ReceiveMessage');
    deadLetter('news/a.txt');

    const { code, err } = await runCli(
      'redrive',
      '--dlq-arn',
      deadLetters.arn,
      '--filter',
      'news/',
    );

    expect(code).toBe(1);
    expect(err).toEqual([
      `AWS denied access to ${deadLetters.arn}: User is not authorized to perform: sqs:ReceiveMessage.`,
    ]);
  });

  it('exits 1 with one sentence when neither the queue nor the environment names a region', async () => {
    vi.stubEnv('AWS_REGION', undefined);
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');

    const { code, err } = await runCli('redrive', '--queue-url', deadLetters.url);

    expect(code).toBe(1);
    expect(err).toEqual(['No AWS region is set: set AWS_REGION, or name the queue by its ARN.']);
  });

  it('exits 1 with one sentence when no credentials are found', async () => {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      vi.stubEnv(name, undefined);
    }
    for (const name of [
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', undefined);
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');

    const { code, err } = await runCli('redrive', '--dlq-arn', deadLetters.arn);

    expect(code).toBe(1);
    expect(err).toEqual([
      'No AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    ]);
  });
});
