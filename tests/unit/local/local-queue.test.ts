import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDeadLetter, keysInBody, matchesFilter } from '#local/queue/dead-letters.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import { QueueJournal } from '#local/queue/queue-journal.ts';

/** A clock the test moves by hand. */
const manualClock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

const VISIBILITY_MS = 30_000;

const queuePair = (clock = manualClock(), maxReceiveCount = 3) => {
  const dlq = new LocalQueue({ name: 'dlq', visibilityTimeoutMs: VISIBILITY_MS, now: clock.now });
  const queue = new LocalQueue({
    name: 'q',
    visibilityTimeoutMs: VISIBILITY_MS,
    redrive: { deadLetterQueue: dlq, maxReceiveCount },
    now: clock.now,
  });
  return { queue, dlq, clock };
};

describe('LocalQueue', () => {
  it('hides a received message for the visibility timeout, then delivers it again', () => {
    const { queue, clock } = queuePair();
    queue.send('hello');

    const [first] = queue.receive(10);
    const whileInvisible = queue.receive(10);
    clock.advance(VISIBILITY_MS);
    const [again] = queue.receive(10);

    expect(first?.receiveCount).toBe(1);
    expect(whileInvisible).toEqual([]);
    expect(again?.messageId).toBe(first?.messageId);
    expect(again?.receiveCount).toBe(2);
    expect(again?.firstReceiveTimestamp).toBe(first?.firstReceiveTimestamp);
    expect(again?.receiptHandle).not.toBe(first?.receiptHandle);
  });

  it('deletes only with the receipt handle of the latest receive', () => {
    const { queue, clock } = queuePair();
    queue.send('hello');
    const [first] = queue.receive(1);
    clock.advance(VISIBILITY_MS);
    const [second] = queue.receive(1);

    const staleDeleted = queue.delete(first?.receiptHandle ?? '');
    const deleted = queue.delete(second?.receiptHandle ?? '');

    expect(staleDeleted).toBe(false);
    expect(deleted).toBe(true);
    expect(queue.depth()).toBe(0);
  });

  it('releases a received message at once and gives its receive back', () => {
    const { queue } = queuePair();
    queue.send('hello');
    const [first] = queue.receive(1);

    const released = queue.release(first?.receiptHandle ?? '');
    const [again] = queue.receive(1);

    expect(released).toBe(true);
    expect(again?.messageId).toBe(first?.messageId);
    expect(again?.receiveCount).toBe(1);
  });

  it('releases nothing with the receipt handle of an earlier receive', () => {
    const { queue, clock } = queuePair();
    queue.send('hello');
    const [first] = queue.receive(1);
    clock.advance(VISIBILITY_MS);
    queue.receive(1);

    const released = queue.release(first?.receiptHandle ?? '');

    expect(released).toBe(false);
    expect(queue.visibleCount()).toBe(0);
  });

  it('carries the md5 of the body and the sent time', () => {
    const { queue, clock } = queuePair();

    const message = queue.send('hello');

    expect(message.md5OfBody).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(message.sentTimestamp).toBe(clock.now());
  });

  it('returns at most the requested number of messages, oldest first', () => {
    const { queue } = queuePair();
    for (const body of ['a', 'b', 'c']) queue.send(body);

    const batch = queue.receive(2);

    expect(batch.map((m) => m.body)).toEqual(['a', 'b']);
  });

  it('moves a message to the dead-letter queue after maxReceiveCount receives', () => {
    const { queue, dlq, clock } = queuePair(manualClock(), 3);
    const sent = queue.send('poison');
    const deadLettered: string[] = [];
    queue.onDeadLettered((m) => deadLettered.push(m.messageId));

    const receives = [1, 2, 3, 4].map(() => {
      const batch = queue.receive(1);
      clock.advance(VISIBILITY_MS);
      return batch.length;
    });

    expect(receives).toEqual([1, 1, 1, 0]);
    expect(queue.depth()).toBe(0);
    expect(dlq.peek().map((m) => [m.messageId, m.body, m.receiveCount])).toEqual([
      [sent.messageId, 'poison', 3],
    ]);
    expect(deadLettered).toEqual([sent.messageId]);
  });

  it('redrives dead letters back to the source queue as new messages', () => {
    const { queue, dlq } = queuePair();
    dlq.send('x');

    const moved = dlq.redriveTo(queue);

    expect(moved).toBe(1);
    expect(dlq.depth()).toBe(0);
    expect(queue.peek().map((m) => [m.body, m.receiveCount])).toEqual([['x', 0]]);
  });

  it('keeps its messages, receive counts and in-flight state across a restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'queue-'));
    const clock = manualClock();
    const open = () =>
      new LocalQueue({
        name: 'q',
        visibilityTimeoutMs: VISIBILITY_MS,
        journal: new QueueJournal(dir, 'q'),
        now: clock.now,
      });
    const before = open();
    before.send('kept');
    before.send('deleted');
    const [kept, deleted] = before.receive(2);
    before.delete(deleted?.receiptHandle ?? '');

    const after = open();

    expect(after.peek().map((m) => [m.messageId, m.body, m.receiveCount])).toEqual([
      [kept?.messageId, 'kept', 1],
    ]);
    expect(after.visibleCount()).toBe(0);
    clock.advance(VISIBILITY_MS);
    expect(after.receive(10).map((m) => m.receiveCount)).toEqual([2]);
  });
});

/** An S3 notification body naming `key` as S3 encodes it (`a b` -> `a+b`). */
const s3Body = (encodedKey: string) =>
  JSON.stringify({
    Records: [{ eventName: 'ObjectCreated:Put', s3: { object: { key: encodedKey } } }],
  });

/** Sends each body and lets it fail once with its error: with maxReceiveCount 1, a dead letter. */
const deadLettered = (bodies: { body: string; error: string }[]) => {
  const pair = queuePair(manualClock(), 1);
  for (const { body } of bodies) pair.queue.send(body);
  for (const [index, received] of pair.queue.receive(10).entries()) {
    pair.queue.recordFailure(received.messageId, bodies[index]?.error ?? '');
  }
  pair.clock.advance(VISIBILITY_MS);
  pair.queue.receive(10);
  return pair;
};

describe('dead letters', () => {
  const letters = [
    { body: s3Body('news/2025/tram+line.txt'), error: 'reported as a batch item failure' },
    { body: s3Body('sport/match.txt'), error: 'Task timed out after 30.00 seconds' },
    { body: '{"not":"an S3 event"}', error: 'reported as a batch item failure' },
  ];

  it('keeps the last error of a message into the dead-letter queue', () => {
    const { dlq } = deadLettered(letters);

    expect(dlq.peek().map(describeDeadLetter)).toEqual([
      expect.objectContaining({ keys: ['news/2025/tram line.txt'], lastError: letters[0]?.error }),
      expect.objectContaining({ keys: ['sport/match.txt'], lastError: letters[1]?.error }),
      expect.objectContaining({ keys: [], lastError: letters[2]?.error }),
    ]);
  });

  it('redrives only the messages naming a key under the prefix', () => {
    const { queue, dlq } = deadLettered(letters);

    const moved = dlq.redriveWhere(queue, (m) => matchesFilter(m, 'news/'));

    expect(moved.map((m) => keysInBody(m.body))).toEqual([['news/2025/tram line.txt']]);
    expect(dlq.depth()).toBe(2);
    expect(queue.peek().map((m) => [m.body, m.receiveCount])).toEqual([[letters[0]?.body, 0]]);
  });

  it('redrives only the messages whose last error contains the reason, ignoring case', () => {
    const { queue, dlq } = deadLettered(letters);

    const moved = dlq.redriveWhere(queue, (m) => matchesFilter(m, 'TIMED OUT'));

    expect(moved.map((m) => m.body)).toEqual([letters[1]?.body]);
    expect(queue.depth()).toBe(1);
  });

  it('moves nothing on a dry run and reports what would move', () => {
    const { queue, dlq } = deadLettered(letters);

    const wouldMove = dlq.redriveWhere(queue, () => true, { dryRun: true });

    expect(wouldMove).toHaveLength(3);
    expect(dlq.depth()).toBe(3);
    expect(queue.depth()).toBe(0);
  });

  it('shows a key that does not decode as it was sent', () => {
    expect(keysInBody(s3Body('bad%ZZkey'))).toEqual(['bad%ZZkey']);
  });
});

describe('QueueJournal', () => {
  it('compacts a log that grew far beyond its live messages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journal-'));
    const queue = new LocalQueue({
      name: 'q',
      visibilityTimeoutMs: VISIBILITY_MS,
      journal: new QueueJournal(dir, 'q'),
    });
    queue.send('kept');

    for (let i = 0; i < 6_000; i += 1) {
      queue.send(`m${i}`);
      const [message] = queue.receive(10).filter((m) => m.body !== 'kept');
      queue.delete(message?.receiptHandle ?? '');
    }

    const lines = readFileSync(path.join(dir, 'q.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(10_000);
    expect(new QueueJournal(dir, 'q').load().map((m) => m.body)).toEqual(['kept']);
  });
});
