import { describe, expect, it } from 'vitest';
import { itemArticleIdFor } from '#shared/domain/article-id.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import type {
  ArticleRecord,
  ContainerRecord,
  IngestedRecord,
  SourceFacts,
} from '#shared/domain/record.ts';
import { lifecycleFields, removedRecord } from '#shared/pipeline/record-base.ts';
import { writeObject } from '#shared/pipeline/write-object.ts';
import { memoryRecordStore } from './memory-record-store.ts';

const NOW = new Date('2025-11-05T10:00:00.000Z');
const fileSource = (sequencer: string): SourceFacts => ({
  bucket: 'articles',
  key: 'feeds/valley.xml',
  sequencer,
});
const FILE_ID = lifecycleFields(fileSource('01'), NOW).articleId;
const itemId = (itemKey: string) => itemArticleIdFor(FILE_ID, itemKey);

const article = (source: SourceFacts): IngestedRecord => ({
  ...lifecycleFields(source, NOW),
  status: 'ingested',
  format: 'rss',
  title: `Item ${source.item?.key ?? source.key}`,
  titleSource: 'explicit',
  authors: [],
  lede: 'A lede.',
  sections: [{ heading: null, paragraphs: ['A lede.'] }],
  body: 'A lede.',
  keywords: [],
  wordCount: 2,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: 'h',
});

/** A file event: a feed holding `itemKeys`, or (null) the file's removal. */
const fileEvent = (sequencer: string, itemKeys: string[] | null) => {
  const source = fileSource(sequencer);
  if (itemKeys === null) return { record: removedRecord(source, NOW), items: [] };
  const items = itemKeys.map((key, index) =>
    article({ ...source, item: { key, position: index + 1 } }),
  );
  const record: ContainerRecord = {
    ...lifecycleFields(source, NOW),
    status: 'container',
    itemCount: items.length,
    items: items.map((item) => item.articleId),
  };
  return { record, items };
};

const setup = () => {
  const memory = memoryRecordStore();
  const deliver = (event: { record: ArticleRecord; items: ArticleRecord[] }) =>
    writeObject(event.record, event.items, memory.store, NOW);
  const statusOf = (id: string) => memory.records.get(id)?.status;
  return { memory, deliver, statusOf };
};

describe('writeObject for a file of several articles', () => {
  it('writes the file record, then each item with the file sequencer and container id', async () => {
    const { memory, deliver } = setup();

    const outcome = await deliver(fileEvent('01', ['a', 'b']));

    expect(outcome).toEqual({ outcome: 'written', items: { written: 2, stale: 0, retired: 0 } });
    expect(memory.records.get(FILE_ID)).toMatchObject({ status: 'container', itemCount: 2 });
    expect(memory.records.get(itemId('b'))).toMatchObject({
      status: 'ingested',
      containerId: FILE_ID,
      sequencerKey: sequencerKey('01'),
      source: { item: { key: 'b', position: 2 } },
    });
  });

  it('tombstones the items a re-upload no longer holds and keeps the others', async () => {
    const { memory, deliver, statusOf } = setup();
    await deliver(fileEvent('01', ['a', 'b']));

    const outcome = await deliver(fileEvent('02', ['b', 'c']));

    expect(outcome.items).toEqual({ written: 2, stale: 0, retired: 1 });
    expect([statusOf(itemId('a')), statusOf(itemId('b')), statusOf(itemId('c'))]).toEqual([
      'removed',
      'ingested',
      'ingested',
    ]);
    expect(memory.records.get(itemId('a'))).toMatchObject({ containerId: FILE_ID });
    expect(memory.records.get(FILE_ID)?.retiring).toBeUndefined();
  });

  it('tombstones every item when the file is deleted, and a late create stays deleted', async () => {
    const { deliver, statusOf } = setup();
    await deliver(fileEvent('01', ['a', 'b']));
    await deliver(fileEvent('03', null));

    const late = await deliver(fileEvent('02', ['a', 'b', 'c']));

    expect(late).toEqual({ outcome: 'stale' });
    expect(['a', 'b', 'c', null].map((k) => statusOf(k ? itemId(k) : FILE_ID))).toEqual([
      'removed',
      'removed',
      undefined,
      'removed',
    ]);
  });

  it('retires the items when the file becomes a single article', async () => {
    const { memory, deliver, statusOf } = setup();
    await deliver(fileEvent('01', ['a']));
    const single = article(fileSource('02'));

    const outcome = await deliver({ record: single, items: [] });

    expect(outcome).toEqual({
      outcome: 'written',
      items: { written: 0, stale: 0, retired: 1 },
      replaced: true,
    });
    expect(statusOf(itemId('a'))).toBe('removed');
    expect(memory.records.get(FILE_ID)).toMatchObject({ status: 'ingested' });
  });

  it('finishes the items on a retry after a crash that followed the file record write', async () => {
    const { memory, deliver, statusOf } = setup();
    await deliver(fileEvent('01', ['a', 'b']));
    memory.failBeforePut((record) => {
      if (record.articleId !== FILE_ID) throw new Error('crashed');
    });
    await expect(deliver(fileEvent('02', ['c']))).rejects.toThrow('crashed');
    expect(memory.records.get(FILE_ID)?.retiring?.length).toBe(2);
    memory.failBeforePut(() => {});

    const retry = await deliver(fileEvent('02', ['c']));

    expect(retry).toEqual({ outcome: 'stale', items: { written: 1, stale: 0, retired: 2 } });
    expect(['a', 'b', 'c'].map((k) => statusOf(itemId(k)))).toEqual([
      'removed',
      'removed',
      'ingested',
    ]);
    expect(memory.records.get(FILE_ID)?.retiring).toBeUndefined();
  });

  it('writes nothing new for a repeated event', async () => {
    const { memory, deliver } = setup();
    await deliver(fileEvent('01', ['a', 'b']));
    const before = structuredClone([...memory.records.entries()]);

    const repeat = await deliver(fileEvent('01', ['a', 'b']));

    expect(repeat).toEqual({ outcome: 'stale', items: { written: 0, stale: 2, retired: 0 } });
    expect([...memory.records.entries()]).toEqual(before);
  });

  it('ends as the newest event says, whatever the order, repeats, overlaps and crashes', async () => {
    const random = seededRandom(7);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    for (let round = 0; round < 200; round++) {
      const { memory, deliver } = setup();
      const keys = ['a', 'b', 'c', 'd', 'e'];
      const events = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, i) =>
        fileEvent(
          String(i + 1).padStart(2, '0'),
          random() < 0.25 ? null : keys.filter(() => random() < 0.5),
        ),
      );
      // At-least-once: every event at least once, some twice, in any order; some
      // deliveries crash midway (and are retried later), and pairs run concurrently.
      const deliveries = shuffle([...events, ...events.filter(() => random() < 0.3)], random);
      let crashes = 0;
      memory.failBeforePut(() => {
        if (random() < 0.05) {
          crashes++;
          throw new Error('crash');
        }
      });
      const pending = [...deliveries];
      while (pending.length > 0) {
        const batch = pending.splice(0, pick([1, 2]));
        const results = await Promise.allSettled(batch.map(deliver));
        results.forEach((result, i) => {
          if (result.status === 'rejected') pending.push(batch[i] as (typeof batch)[number]);
        });
      }

      const newest = events.at(-1) as (typeof events)[number];
      expect(memory.records.get(FILE_ID)?.sequencerKey, `round ${round}`).toBe(
        newest.record.sequencerKey,
      );
      expect(memory.records.get(FILE_ID)?.retiring, `round ${round}`).toBeUndefined();
      const live = new Set(newest.items.map((item) => item.articleId));
      for (const key of keys) {
        const stored: ArticleRecord | undefined = memory.records.get(itemId(key));
        const expected = live.has(itemId(key)) ? 'ingested' : [undefined, 'removed'];
        expect([expected].flat(), `round ${round} item ${key} (${crashes} crashes)`).toContain(
          stored?.status,
        );
      }
    }
  });
});

/** A small deterministic PRNG (mulberry32), so a failing round can be replayed. */
const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const shuffle = <T>(values: T[], random: () => number): T[] => {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j] as T, values[i] as T];
  }
  return values;
};

describe('writeObject reports a new version', () => {
  it('marks a write over a live record as replacing it, and one over a tombstone not', async () => {
    const { deliver } = setup();
    const first = await deliver({ record: article(fileSource('01')), items: [] });
    const second = await deliver({ record: article(fileSource('02')), items: [] });
    await deliver(fileEvent('03', null));

    const afterRemoval = await deliver({ record: article(fileSource('04')), items: [] });

    expect(first).toEqual({ outcome: 'written' });
    expect(second).toEqual({ outcome: 'written', replaced: true });
    expect(afterRemoval).toEqual({ outcome: 'written' });
  });
});
