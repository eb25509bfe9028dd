import { describe, expect, it } from 'vitest';
import { runBackfill } from '#local/backfill/run-backfill.ts';
import {
  BACKFILL_SEQUENCER,
  backfillMessageBody,
  type ListedObject,
} from '#shared/adapters/sqs-backfill-message.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';

const EVENT_TIME = '2026-01-02T03:04:05.000Z';

async function* objectsOf(count: number): AsyncGenerator<ListedObject> {
  for (let i = 0; i < count; i++) yield { key: `news/${i}.txt`, size: i };
}

describe('backfill messages', () => {
  it('parse as the creation of the listed key, decoded once, whatever its characters', () => {
    const key = 'news/a b+c (1)/é%2B?.txt';
    const body = backfillMessageBody('articles', { key, size: 5, eTag: 'abc' }, EVENT_TIME);

    const parsed = parseQueueMessage({ messageId: 'm1', body });

    expect(parsed).toEqual({
      kind: 'notification',
      ignoredEventNames: [],
      refs: [
        {
          bucket: 'articles',
          key,
          change: 'created',
          eventName: 'ObjectCreated:Backfill',
          eventTime: EVENT_TIME,
          sequencer: BACKFILL_SEQUENCER,
          size: 5,
          eTag: 'abc',
        },
      ],
    });
  });

  it('carry a sequencer below every sequencer S3 sends', () => {
    const lowestReal = sequencerKey('0000000000000001');

    expect(sequencerKey(BACKFILL_SEQUENCER) < lowestReal).toBe(true);
    expect(sequencerKey(BACKFILL_SEQUENCER)).toBe('0'.repeat(32));
  });

  it('name no version, so the function reads whatever is current when it runs', () => {
    const body = backfillMessageBody('articles', { key: 'a.txt' }, EVENT_TIME);

    expect(body).not.toContain('versionId');
  });
});

describe('runBackfill', () => {
  it('sends every listed object once, ten to a batch', async () => {
    const batches: string[][] = [];

    const summary = await runBackfill({
      bucket: 'articles',
      objects: objectsOf(23),
      send: async (bodies) => {
        batches.push([...bodies]);
      },
      eventTime: EVENT_TIME,
    });

    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    const keys = batches.flat().map((body) => JSON.parse(body).Records[0].s3.object.key);
    expect(new Set(keys).size).toBe(23);
    expect(summary).toMatchObject({ listed: 23, enqueued: 23, batches: 3 });
  });

  it('keeps at most the given number of batches in flight', async () => {
    let inFlight = 0;
    let most = 0;

    await runBackfill({
      bucket: 'articles',
      objects: objectsOf(200),
      concurrency: 3,
      send: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
      },
      eventTime: EVENT_TIME,
    });

    expect(most).toBe(3);
  });

  it('sends nothing in a dry run but counts and shows what it would send', async () => {
    const shown: string[] = [];

    const summary = await runBackfill({
      bucket: 'articles',
      objects: objectsOf(12),
      send: undefined,
      eventTime: EVENT_TIME,
      onObject: (object) => shown.push(object.key),
    });

    expect(summary).toMatchObject({ listed: 12, enqueued: 0, batches: 2 });
    expect(shown).toHaveLength(12);
  });

  it('stops listing after a batch fails, and throws its error', async () => {
    let listed = 0;
    async function* counted() {
      for await (const object of objectsOf(10_000)) {
        listed++;
        yield object;
      }
    }

    const run = runBackfill({
      bucket: 'articles',
      objects: counted(),
      concurrency: 2,
      send: async () => {
        throw new Error('throttled');
      },
      eventTime: EVENT_TIME,
    });

    await expect(run).rejects.toThrow('throttled');
    expect(listed).toBeLessThan(100);
  });
});
