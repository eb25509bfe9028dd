import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { type MessageOutcome, Poller, type PollerOptions } from '#local/queue/poller.ts';

/** Short enough for a unit test, long enough that a failed message stays away meanwhile. */
const VISIBILITY_MS = 150;
const IDENTITY = { arn: 'arn:aws:sqs:us-east-1:000000000000:q', region: 'us-east-1' };

const pollers: Poller[] = [];
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((p) => p.stop(1_000)));
});

/** A queue and a poller over it with a fake handler: the one place a fake is right. */
const setup = (
  invoke: PollerOptions['invoke'],
  over: Partial<PollerOptions> = {},
  maxReceiveCount = 10,
) => {
  const dlq = new LocalQueue({ name: 'dlq', visibilityTimeoutMs: VISIBILITY_MS });
  const queue = new LocalQueue({
    name: 'q',
    visibilityTimeoutMs: VISIBILITY_MS,
    redrive: { deadLetterQueue: dlq, maxReceiveCount },
  });
  const outcomes: MessageOutcome[] = [];
  const poller = new Poller({
    queue,
    identity: IDENTITY,
    batchSize: 10,
    maxBatchingWindowMs: 0,
    reportBatchItemFailures: true,
    maxConcurrency: 5,
    invoke,
    onOutcome: (o) => outcomes.push(o),
    ...over,
  });
  pollers.push(poller);
  return { queue, dlq, poller, outcomes };
};

/**
 * Waits on the real clock. The bound is generous because CI runs this beside the
 * emulators on two cores, where a worker can stall for seconds; it only matters on failure.
 */
const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('Poller', { timeout: 20_000 }, () => {
  it('delivers real-shaped SQS records and deletes them after success', async () => {
    const events: SQSEvent[] = [];
    const { queue, poller, outcomes } = setup(async (event) => {
      events.push(event);
      return { batchItemFailures: [] };
    });
    queue.send('{"hello":1}');

    poller.start();
    await until(() => outcomes.length === 1);

    expect(events[0]?.Records[0]).toMatchObject({
      body: '{"hello":1}',
      eventSource: 'aws:sqs',
      eventSourceARN: IDENTITY.arn,
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(events[0]?.Records[0]?.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
    expect(queue.depth()).toBe(0);
  });

  it('sends at most batchSize messages per invocation', async () => {
    const sizes: number[] = [];
    const { queue, poller, outcomes } = setup(
      async (event) => {
        sizes.push(event.Records.length);
        return {};
      },
      { batchSize: 3, maxConcurrency: 1 },
    );
    for (let i = 0; i < 7; i += 1) queue.send(`m${i}`);

    poller.start();
    await until(() => outcomes.length === 7);

    expect(sizes).toEqual([3, 3, 1]);
  });

  it('waits up to the batching window for a batch to fill', async () => {
    const sizes: number[] = [];
    const { queue, poller, outcomes } = setup(
      async (event) => {
        sizes.push(event.Records.length);
        return {};
      },
      { batchSize: 3, maxBatchingWindowMs: 200 },
    );
    poller.start();

    queue.send('a');
    await new Promise((r) => setTimeout(r, 50));
    queue.send('b');
    await until(() => outcomes.length === 2);

    expect(sizes).toEqual([2]);
  });

  it('returns only the failed messages, which come back after the visibility timeout', async () => {
    const seen: string[] = [];
    const { queue, poller, outcomes } = setup(async (event) => {
      seen.push(...event.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`));
      const failing = event.Records.filter((r) => r.body === 'bad' && seen.length < 3);
      return { batchItemFailures: failing.map((r) => ({ itemIdentifier: r.messageId })) };
    });
    queue.send('good');
    queue.send('bad');

    poller.start();
    await until(() => outcomes.filter((o) => o.status === 'succeeded').length === 2);

    expect(seen).toEqual(['good#1', 'bad#1', 'bad#2']);
    expect(outcomes.map((o) => `${o.body}:${o.status}`)).toEqual([
      'good:succeeded',
      'bad:failed',
      'bad:succeeded',
    ]);
  });

  it('fails the whole batch when the handler throws', async () => {
    let calls = 0;
    const { queue, poller, outcomes } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return {};
    });
    queue.send('a');
    queue.send('b');

    poller.start();
    await until(() => outcomes.length === 4);

    expect(outcomes.slice(0, 2).map((o) => o.status)).toEqual(['failed', 'failed']);
    expect(outcomes[0]).toMatchObject({ error: 'boom' });
    expect(outcomes.slice(2).map((o) => o.receiveCount)).toEqual([2, 2]);
  });

  it('dead-letters a message that keeps failing after maxReceiveCount receives', async () => {
    const { queue, dlq, poller, outcomes } = setup(
      async () => {
        throw new Error('always');
      },
      {},
      2,
    );
    queue.send('poison');

    poller.start();
    await until(() => dlq.depth() === 1);

    expect(outcomes.map((o) => o.receiveCount)).toEqual([1, 2]);
    expect(queue.depth()).toBe(0);
    expect(dlq.peek()[0]?.lastError).toBe('always');
  });

  it('on stop, releases the messages of a batch that outlives the grace period', async () => {
    // Arrange: an invocation that ends (fails) only when the test says, as a worker
    // ends when the stopping stack terminates it
    let endInvocation: (error: Error) => void = () => {};
    const { queue, poller, outcomes } = setup(
      () => new Promise((_, reject) => (endInvocation = reject)),
      { batchSize: 2 },
    );
    queue.send('a');
    queue.send('b');
    poller.start();
    await until(() => poller.inFlightCount() === 1);

    // Act
    const released = await poller.stop(10);
    endInvocation(new Error("The function's process exited (SIGTERM)."));
    await until(() => poller.inFlightCount() === 0);

    // Assert: visible now, not after the visibility timeout, with no receive used up
    expect(released).toBe(2);
    expect(queue.visibleCount()).toBe(2);
    expect(queue.peek().map((m) => [m.receiveCount, m.lastError])).toEqual([
      [0, undefined],
      [0, undefined],
    ]);
    expect(outcomes).toEqual([]);
  });

  it('on stop, lets a batch that finishes within the grace period delete its messages', async () => {
    let finish: () => void = () => {};
    const { queue, poller, outcomes } = setup(
      () => new Promise((resolve) => (finish = () => resolve({}))),
    );
    queue.send('a');
    poller.start();
    await until(() => poller.inFlightCount() === 1);

    const stopping = poller.stop(15_000);
    finish();
    const released = await stopping;

    expect(released).toBe(0);
    expect(queue.depth()).toBe(0);
    expect(outcomes.map((o) => o.status)).toEqual(['succeeded']);
  });

  it('runs no more than maxConcurrency invocations at once', async () => {
    let running = 0;
    let peak = 0;
    const { queue, poller, outcomes } = setup(
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 30));
        running -= 1;
        return {};
      },
      { batchSize: 1, maxConcurrency: 2 },
    );
    for (let i = 0; i < 6; i += 1) queue.send(`m${i}`);

    poller.start();
    await until(() => outcomes.length === 6);

    expect(peak).toBe(2);
  });
});
