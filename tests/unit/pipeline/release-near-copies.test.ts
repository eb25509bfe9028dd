import { describe, expect, it } from 'vitest';
import type { ArticleRecord, IngestedRecord } from '#shared/domain/record.ts';
import { lifecycleFields, removedRecord } from '#shared/pipeline/record-base.ts';
import { writeObject } from '#shared/pipeline/write-object.ts';
import { ferryArticle } from './ferry-article.ts';
import { memoryRecordStore } from './memory-record-store.ts';

const day = (n: number) => new Date(Date.UTC(2025, 10, n));
const source = (key: string, sequencer: string) => ({ bucket: 'articles', key, sequencer });
const idOf = (key: string) => lifecycleFields(source(key, '01'), day(1)).articleId;

const BASE = '0123456789abcdef';
/** `BASE` with bits flipped: `low` of the lowest bits (band 3), `high` of the top ones (band 0). */
const apart = (low: number, high = 0): string =>
  (
    BigInt(`0x${BASE}`) ^
    ((1n << BigInt(low)) - 1n) ^
    (((1n << BigInt(high)) - 1n) << BigInt(64 - high))
  )
    .toString(16)
    .padStart(16, '0');

/** A long article of `key` (its own text), with `fingerprint`, ingested on day `at`. */
const article = (
  key: string,
  at: number,
  fingerprint: string,
  overrides: Partial<IngestedRecord> = {},
  sequencer = '01',
): IngestedRecord =>
  ferryArticle(source(key, sequencer), day(at), {
    contentHash: `text of ${key}`,
    fingerprint,
    wordCount: 200,
    ...overrides,
  });

const nearOf = (key: string, similarity: number) => ({
  nearDuplicateOf: { articleId: idOf(key), similarity },
});

/** An original `x` (day 1) and its near copies `n2` (day 2, 3 bits off) and `n3` (day 3). */
const setup = async (n3Fingerprint = apart(5)) => {
  const memory = memoryRecordStore();
  const write = (record: ArticleRecord, at = 9) => writeObject(record, [], memory.store, day(at));
  await write(article('x', 1, BASE), 1);
  await write(article('n2', 2, apart(3), nearOf('x', 61 / 64)), 2);
  await write(article('n3', 3, n3Fingerprint, nearOf('x', 59 / 64)), 3);
  const get = (key: string) => memory.records.get(idOf(key)) as IngestedRecord | undefined;
  return { memory, write, get };
};

describe('writeObject keeps nearDuplicateOf true', () => {
  it('promotes the earliest near copy and points the later one at it when the original goes', async () => {
    const { write, get } = await setup();

    await write(removedRecord(source('x', '02'), day(9)));

    expect(get('n2')).not.toHaveProperty('nearDuplicateOf');
    expect(get('n2')?.updatedAt).toBe(day(9).toISOString());
    // n3 is 2 bits from n2 (the lowest 5 bits against the lowest 3).
    expect(get('n3')?.nearDuplicateOf).toEqual({ articleId: idOf('n2'), similarity: 62 / 64 });
  });

  it('points a near copy at another similar original before promoting one', async () => {
    const { write, get } = await setup();
    await write(article('y', 4, apart(4)), 4);

    await write(removedRecord(source('x', '02'), day(9)));

    // n2 finds y (1 bit away), an original though ingested after it; n3 finds y too.
    expect(get('n2')?.nearDuplicateOf).toEqual({ articleId: idOf('y'), similarity: 63 / 64 });
    expect(get('n3')?.nearDuplicateOf).toEqual({ articleId: idOf('y'), similarity: 63 / 64 });
  });

  it('promotes both when the near copies are not alike', async () => {
    // n3: the top 7 bits of x flipped, 10 bits from n2 (whose lowest 3 are).
    const { write, get } = await setup(apart(0, 7));

    await write(article('x', 9, apart(0, 40), { contentHash: 'rewritten' }, '02'));

    expect(get('n2')).not.toHaveProperty('nearDuplicateOf');
    expect(get('n3')).not.toHaveProperty('nearDuplicateOf');
  });

  it('leaves the near copies alone when the original is uploaded again unchanged', async () => {
    const { write, get } = await setup();

    await write(article('x', 9, BASE, {}, '02'));

    expect(get('x')?.sequencerKey).toBe(article('x', 9, BASE, {}, '02').sequencerKey);
    expect(get('n2')?.nearDuplicateOf?.articleId).toBe(idOf('x'));
    expect(get('n3')?.nearDuplicateOf?.articleId).toBe(idOf('x'));
  });

  it('promotes every near copy when the lookup is off', async () => {
    const { memory, get } = await setup();

    await writeObject(removedRecord(source('x', '02'), day(9)), [], memory.store, day(9), 'off');

    expect(get('n2')).not.toHaveProperty('nearDuplicateOf');
    expect(get('n3')).not.toHaveProperty('nearDuplicateOf');
  });

  it('does not touch a near copy rewritten to point elsewhere', async () => {
    const { write, get } = await setup();
    await write(article('z', 5, apart(60)), 5);
    await write(article('n3', 3, apart(5), nearOf('z', 0.9), '02'), 6);

    await write(removedRecord(source('x', '02'), day(9)));

    expect(get('n3')?.nearDuplicateOf?.articleId).toBe(idOf('z'));
  });
});
