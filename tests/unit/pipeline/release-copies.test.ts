import { describe, expect, it } from 'vitest';
import { itemArticleIdFor } from '#shared/domain/article-id.ts';
import type { ArticleRecord, ContainerRecord, IngestedRecord } from '#shared/domain/record.ts';
import { lifecycleFields, removedRecord } from '#shared/pipeline/record-base.ts';
import { writeObject } from '#shared/pipeline/write-object.ts';
import { ferryArticle } from './ferry-article.ts';
import { memoryRecordStore } from './memory-record-store.ts';

const day = (n: number) => new Date(Date.UTC(2025, 10, n));
const source = (key: string, sequencer: string) => ({ bucket: 'articles', key, sequencer });
const idOf = (key: string) => lifecycleFields(source(key, '01'), day(1)).articleId;

/** An article of `key`, ingested on day `at`. */
const article = (
  key: string,
  sequencer: string,
  at: number,
  overrides: Partial<IngestedRecord> = {},
): IngestedRecord => ferryArticle(source(key, sequencer), day(at), overrides);

/** An original `x` (day 1) and its copies `c2` (day 2) and `c3` (day 3), as stored. */
const setup = async () => {
  const memory = memoryRecordStore();
  const write = (record: ArticleRecord, at = 9, items: ArticleRecord[] = []) =>
    writeObject(record, items, memory.store, day(at));
  await write(article('x', '01', 1), 1);
  await write(article('c2', '01', 2, { duplicateOf: idOf('x') }), 2);
  await write(article('c3', '01', 3, { duplicateOf: idOf('x') }), 3);
  const get = (key: string) => memory.records.get(idOf(key)) as IngestedRecord | undefined;
  return { memory, write, get };
};

describe('writeObject keeps duplicateOf true', () => {
  it('promotes the earliest copy when the original is overwritten with other text', async () => {
    const { write, get } = await setup();

    await write(article('x', '02', 9, { contentHash: 'other story' }));

    expect(get('c2')).not.toHaveProperty('duplicateOf');
    expect(get('c2')?.updatedAt).toBe(day(9).toISOString());
    expect(get('c3')?.duplicateOf).toBe(idOf('c2'));
    expect(get('x')?.contentHash).toBe('other story');
  });

  it('promotes the earliest copy when the original is removed', async () => {
    const { write, get } = await setup();

    await write(removedRecord(source('x', '02'), day(9)));

    expect(get('x')?.status).toBe('removed');
    expect(get('c2')).not.toHaveProperty('duplicateOf');
    expect(get('c3')?.duplicateOf).toBe(idOf('c2'));
  });

  it('leaves the copies alone when the original is uploaded again unchanged', async () => {
    const { write, get } = await setup();

    await write(article('x', '02', 9));

    expect([get('c2')?.duplicateOf, get('c3')?.duplicateOf]).toEqual([idOf('x'), idOf('x')]);
  });

  it('re-points on the retry when the first delivery crashed before its own write', async () => {
    const { memory, write, get } = await setup();
    const tombstone = removedRecord(source('x', '02'), day(9));
    memory.failBeforePut((record) => {
      if (record.articleId === idOf('x')) throw new Error('crashed');
    });
    await expect(write(tombstone)).rejects.toThrow('crashed');
    memory.failBeforePut(() => {});

    await write(tombstone);
    await write(tombstone);

    expect(get('x')?.status).toBe('removed');
    expect(get('c2')).not.toHaveProperty('duplicateOf');
    expect(get('c3')?.duplicateOf).toBe(idOf('c2'));
  });

  it('reads a copy rewritten meanwhile again instead of clobbering it', async () => {
    const { memory, write, get } = await setup();
    const rewritten = article('c3', '05', 8, { duplicateOf: idOf('x'), title: 'Newer copy' });
    let raced = false;
    memory.failBeforePut((record) => {
      if (record.articleId !== idOf('c3') || raced) return;
      raced = true;
      memory.records.set(rewritten.articleId, structuredClone(rewritten));
    });

    await write(removedRecord(source('x', '02'), day(9)));

    expect(get('c3')).toMatchObject({
      title: 'Newer copy',
      sequencerKey: rewritten.sequencerKey,
      duplicateOf: idOf('c2'),
    });
  });

  it('leaves a copy that meanwhile took other text as its own event wrote it', async () => {
    const { memory, write, get } = await setup();
    const changed = article('c3', '05', 8, { contentHash: 'its own story' });
    memory.failBeforePut((record) => {
      if (
        record.articleId === idOf('c3') &&
        record.status === 'ingested' &&
        record.contentHash === 'ferry'
      ) {
        memory.records.set(changed.articleId, structuredClone(changed));
      }
    });

    await write(removedRecord(source('x', '02'), day(9)));

    expect(get('c3')).toEqual(changed);
    expect(get('c2')).not.toHaveProperty('duplicateOf');
  });

  it('re-points the copies of a feed item the new version of its feed no longer holds', async () => {
    const memory = memoryRecordStore();
    const feed = (sequencer: string, keys: string[], at: number) => {
      const file = source('feed.xml', sequencer);
      const items = keys.map((key, index) => ({
        ...article('feed.xml', sequencer, at),
        ...lifecycleFields({ ...file, item: { key, position: index + 1 } }, day(at)),
      }));
      const record: ContainerRecord = {
        ...lifecycleFields(file, day(at)),
        status: 'container',
        itemCount: items.length,
        items: items.map((item) => item.articleId),
      };
      return writeObject(record, items, memory.store, day(at));
    };
    await feed('01', ['story'], 1);
    const itemId = itemArticleIdFor(idOf('feed.xml'), 'story');
    await writeObject(article('copy', '01', 2, { duplicateOf: itemId }), [], memory.store, day(2));

    await feed('02', [], 3);

    expect(memory.records.get(itemId)?.status).toBe('removed');
    expect(memory.records.get(idOf('copy'))).not.toHaveProperty('duplicateOf');
  });
});

describe('writeObject keeps firstIngestedAt', () => {
  it('keeps the first ingestion time across overwrites, a tombstone and a re-upload', async () => {
    const memory = memoryRecordStore();
    const write = (record: ArticleRecord, at: number) =>
      writeObject(record, [], memory.store, day(at));
    const stored = () => memory.records.get(idOf('story'));

    await write(article('story', '01', 1), 1);
    expect(stored()?.firstIngestedAt).toBe(day(1).toISOString());
    await write(article('story', '02', 2, { contentHash: 'edited' }), 2);
    await write(removedRecord(source('story', '03'), day(3)), 3);
    await write(article('story', '04', 4), 4);

    expect(stored()).toMatchObject({
      ingestedAt: day(4).toISOString(),
      firstIngestedAt: day(1).toISOString(),
    });
  });
});
