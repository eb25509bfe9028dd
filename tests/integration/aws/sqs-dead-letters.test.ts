import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeadLetterQueueError, openSqsDeadLetters } from '#shared/adapters/sqs-dead-letters.ts';
import { s3Notification } from '../support/sqs-events.ts';
import { FAKE_REGION, type FakeQueue } from './fake-sqs-queues.ts';
import { type FakeSqsServer, startFakeSqsServer } from './fake-sqs-server.ts';

const bodyFor = (key: string): string =>
  JSON.stringify(s3Notification({ eventName: 'ObjectCreated:Put', key, sequencer: '0A' }));

describe('SQS dead letters (real SQSClient against a fake SQS endpoint)', () => {
  let server: FakeSqsServer;
  let client: SQSClient;
  let ingest: FakeQueue;
  let deadLetters: FakeQueue;

  /** Puts a message into the dead-letter queue as SQS would after maxReceiveCount. */
  const deadLetter = (body: string, attributes?: Record<string, unknown>) =>
    server.queues.send(deadLetters, body, {
      origin: ingest.name,
      receiveCount: 5,
      ...(attributes && { attributes }),
    });

  beforeAll(async () => {
    server = await startFakeSqsServer();
    client = new SQSClient({
      endpoint: server.endpoint,
      region: FAKE_REGION,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
    });
  });

  afterAll(async () => {
    client.destroy();
    await server.stop();
  });

  beforeEach(() => {
    server.queues.queues.clear();
    server.queues.moveTasks.length = 0;
    server.calls.length = 0;
    server.queues.visibilityCapSeconds = Number.POSITIVE_INFINITY;
    deadLetters = server.queues.create('ArticleIngest-DeadLetterQueue');
    ingest = server.queues.create('ArticleIngest-IngestQueue', deadLetters);
  });

  describe('opening a dead-letter queue', () => {
    it('finds the URL of a queue named by ARN, and its one source queue', async () => {
      const { queue } = await openSqsDeadLetters(client, deadLetters.arn);

      expect(queue).toEqual({ url: deadLetters.url, arn: deadLetters.arn, sourceUrl: ingest.url });
      expect(server.calls).toContain('GetQueueUrl');
    });

    it('finds the ARN of a queue named by URL', async () => {
      const { queue } = await openSqsDeadLetters(client, deadLetters.url);

      expect(queue.arn).toBe(deadLetters.arn);
      expect(queue.sourceUrl).toBe(ingest.url);
    });

    it('refuses a queue that is no queue’s dead-letter queue', async () => {
      await expect(openSqsDeadLetters(client, ingest.arn)).rejects.toThrow(
        new DeadLetterQueueError(
          `${ingest.url} is not a dead-letter queue: no queue's redrive policy sends failed messages to it.`,
        ),
      );
    });

    it('refuses a dead-letter queue shared by several source queues', async () => {
      server.queues.create('OtherQueue', deadLetters);

      await expect(openSqsDeadLetters(client, deadLetters.arn)).rejects.toThrow(
        /dead-letter queue of several queues/,
      );
    });

    it('passes on the SDK error SQS gives for a queue that does not exist', async () => {
      const missing = deadLetters.arn.replace('DeadLetterQueue', 'Missing');

      await expect(openSqsDeadLetters(client, missing)).rejects.toMatchObject({
        name: 'QueueDoesNotExist',
      });
    });
  });

  describe('moving every message', () => {
    it('starts a move task back to the source queue and reports it', async () => {
      deadLetter(bodyFor('news/a.txt'));
      deadLetter(bodyFor('blog/b.txt'));
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);
      const waiting = await dlq.countMessages();

      const { taskHandle } = await dlq.moveAll();
      const tasks = await dlq.listMoveTasks();

      expect(waiting).toBe(2);
      expect(taskHandle).toEqual(expect.any(String));
      expect(tasks).toEqual([
        expect.objectContaining({ status: 'COMPLETED', approximateMoved: 2 }),
      ]);
      expect(ingest.messages.size).toBe(2);
      expect(deadLetters.messages.size).toBe(0);
      expect(server.calls).not.toContain('ReceiveMessage');
    });
  });

  describe('moving the messages a key prefix picks', () => {
    it('sends the matching messages to the source queue unchanged and deletes them', async () => {
      const attributes = { origin: { DataType: 'String', StringValue: 'upload' } };
      const picked = deadLetter(bodyFor('news/2025/a.txt'), attributes);
      deadLetter(bodyFor('blog/b.txt'));
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/', { dryRun: false });

      expect(result).toEqual({
        moved: [
          {
            messageId: picked.messageId,
            receiveCount: 6,
            sentAt: new Date(picked.sentTimestamp).toISOString(),
            keys: ['news/2025/a.txt'],
          },
        ],
        kept: 1,
        dryRun: false,
        complete: true,
      });
      const [resent] = [...ingest.messages.values()];
      expect(resent).toMatchObject({ body: picked.body, attributes });
      expect(deadLetters.messages.has(picked.messageId)).toBe(false);
    });

    it('makes the messages it keeps visible again at the end of the pass', async () => {
      deadLetter(bodyFor('blog/b.txt'));
      deadLetter('not json at all');
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/', { dryRun: false });

      expect(result.kept).toBe(2);
      expect(result.moved).toEqual([]);
      expect(server.queues.visibleCount(deadLetters)).toBe(2);
      expect(ingest.messages.size).toBe(0);
    });

    it('matches the decoded key, not the form S3 encoded it in', async () => {
      deadLetter(bodyFor('news/Über uns + Café.txt'));
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/Über uns +', { dryRun: false });

      expect(result.moved.map((message) => message.keys)).toEqual([['news/Über uns + Café.txt']]);
    });

    it('sees every message of a queue larger than one receive', async () => {
      for (let index = 0; index < 25; index += 1) {
        deadLetter(bodyFor(`${index % 2 === 0 ? 'news' : 'blog'}/${index}.txt`));
      }
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/', { dryRun: false });

      expect(result.moved).toHaveLength(13);
      expect(result.kept).toBe(12);
      expect(result.complete).toBe(true);
      expect(ingest.messages.size).toBe(13);
      expect(server.queues.visibleCount(deadLetters)).toBe(12);
    });

    it('ends the pass when a receive brings back only messages it has already seen', async () => {
      deadLetter(bodyFor('blog/a.txt'));
      deadLetter(bodyFor('blog/b.txt'));
      server.queues.visibilityCapSeconds = 0;
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/', { dryRun: false });

      expect(result).toMatchObject({ moved: [], kept: 2, complete: true });
      expect(server.calls.filter((call) => call === 'ReceiveMessage')).toHaveLength(2);
    });

    it('makes every message it holds visible again when a move fails', async () => {
      deadLetter(bodyFor('blog/b.txt'));
      deadLetter(bodyFor('news/a.txt'));
      server.denied.add('SendMessage');
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const moving = dlq.moveMatching('news/', { dryRun: false });

      await expect(moving).rejects.toMatchObject({ name: 'AccessDenied' });
      expect(server.queues.visibleCount(deadLetters)).toBe(2);
      expect(ingest.messages.size).toBe(0);
    });

    it('moves nothing in a dry run and leaves every message visible', async () => {
      deadLetter(bodyFor('news/a.txt'));
      deadLetter(bodyFor('blog/b.txt'));
      const dlq = await openSqsDeadLetters(client, deadLetters.arn);

      const result = await dlq.moveMatching('news/', { dryRun: true });

      expect(result.moved.map((message) => message.keys)).toEqual([['news/a.txt']]);
      expect(result).toMatchObject({ kept: 1, dryRun: true, complete: true });
      expect(ingest.messages.size).toBe(0);
      expect(server.queues.visibleCount(deadLetters)).toBe(2);
      expect(server.calls).not.toContain('SendMessage');
      expect(server.calls).not.toContain('DeleteMessage');
    });
  });
});
