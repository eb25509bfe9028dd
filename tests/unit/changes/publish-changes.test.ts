import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '#shared/changes/change-event.ts';
import type { ChangePublisher, TableWrite } from '#shared/changes/ports.ts';
import { publishChanges } from '#shared/changes/publish-changes.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { article } from './records.ts';

const CONTEXT = { tableName: 'ArticlesTable' };

/** A bus that keeps what it takes and refuses the events `refuse` picks. */
const fakeBus = (maxBatch: number, refuse: (event: ChangeEvent) => boolean = () => false) => {
  const taken: ChangeEvent[] = [];
  const calls: number[] = [];
  const publisher: ChangePublisher = {
    maxBatch,
    async put(events) {
      calls.push(events.length);
      return events.map((event) => {
        if (refuse(event)) return false;
        taken.push(event);
        return true;
      });
    },
  };
  return { publisher, taken, calls };
};

const write = (
  sequenceNumber: string,
  before: ArticleRecord | null,
  after: ArticleRecord | null,
): TableWrite => ({ sequenceNumber, read: () => ({ before, after }) });

const newArticle = (n: number) =>
  write(
    String(100 + n),
    null,
    article(String(n), { source: { bucket: 'b', key: `k${n}`, sequencer: '01' } }),
  );

describe('publishChanges', () => {
  it('puts one event per real change, in stream order, in batches of the bus size', async () => {
    const bus = fakeBus(2);
    const same = article('01');
    const writes = [
      newArticle(1),
      write('150', same, { ...same, ingestedAt: 'later' }),
      newArticle(2),
      newArticle(3),
    ];

    const outcome = await publishChanges(writes, { publisher: bus.publisher, context: CONTEXT });

    expect(outcome).toEqual({ published: 3 });
    expect(bus.calls).toEqual([2, 1]);
    expect(bus.taken.map((event) => event.detail.key)).toEqual(['k1', 'k2', 'k3']);
  });

  it('stops at the first event the bus refuses, naming its write for the retry', async () => {
    const bus = fakeBus(10, (event) => event.detail.key === 'k2');

    const outcome = await publishChanges([newArticle(1), newArticle(2), newArticle(3)], {
      publisher: bus.publisher,
      context: CONTEXT,
    });

    expect(outcome.published).toBe(1);
    expect(outcome.retryFrom).toBe('102');
  });

  it('publishes what came before an unreadable image, then stops at it', async () => {
    const bus = fakeBus(10);
    const broken: TableWrite = {
      sequenceNumber: '150',
      read: () => {
        throw new Error('not a record');
      },
    };

    const outcome = await publishChanges([newArticle(1), broken, newArticle(2)], {
      publisher: bus.publisher,
      context: CONTEXT,
    });

    expect(bus.taken.map((event) => event.detail.key)).toEqual(['k1']);
    expect(outcome).toMatchObject({ published: 1, retryFrom: '150' });
    expect(String(outcome.error)).toContain('not a record');
  });

  it('retries the whole batch from its first write when the put call fails', async () => {
    const publisher: ChangePublisher = {
      maxBatch: 10,
      put: async () => {
        throw new Error('throttled');
      },
    };

    const outcome = await publishChanges([newArticle(1), newArticle(2)], {
      publisher,
      context: CONTEXT,
    });

    expect(outcome).toMatchObject({ published: 0, retryFrom: '101' });
  });
});
