import { describe, expect, it } from 'vitest';
import { OutcomeWaiters, type ReplayResult } from '#local/control/outcome-waiters.ts';

const handled = (messageId: string, key: string): ReplayResult => ({
  messageId,
  status: 'succeeded',
  objects: [{ key, eventName: 'ObjectCreated:Put', outcome: 'ingested' }],
});

describe("the stack's outcome journal", () => {
  it('gives the outcomes after a cursor taken before they happened, and the next cursor', async () => {
    const waiters = new OutcomeWaiters();
    waiters.notify(handled('m0', 'before.txt'));
    const cursor = waiters.cursor();

    waiters.notify(handled('m1', 'a.txt'));
    waiters.notify(handled('m2', 'b.txt'));
    const feed = await waiters.since(cursor, 0);

    expect(feed.results.map((result) => result.messageId)).toEqual(['m1', 'm2']);
    expect(feed.next).toBe(cursor + 2);
    expect(feed.missed).toBe(0);
  });

  it('waits for the next outcome when there is none after the cursor yet', async () => {
    const waiters = new OutcomeWaiters();
    const cursor = waiters.cursor();

    const pending = waiters.since(cursor, 10_000);
    waiters.notify(handled('m1', 'late.txt'));
    const feed = await pending;

    expect(feed.results.map((result) => result.messageId)).toEqual(['m1']);
  });

  it('answers empty at the deadline when nothing happened', async () => {
    const waiters = new OutcomeWaiters();

    const feed = await waiters.since(waiters.cursor(), 10);

    expect(feed).toEqual({ results: [], next: 0, missed: 0 });
  });

  it('keeps a bounded journal and says how many outcomes a slow reader missed', async () => {
    const waiters = new OutcomeWaiters(2);

    for (let index = 0; index < 5; index += 1) waiters.notify(handled(`m${index}`, `${index}.txt`));
    const feed = await waiters.since(0, 0);

    expect(feed.results.map((result) => result.messageId)).toEqual(['m3', 'm4']);
    expect(feed.missed).toBe(3);
    expect(feed.next).toBe(5);
  });
});
