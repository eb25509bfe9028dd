import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { findFreePort } from '#local/emulators/free-port.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { TransientError } from '#shared/domain/errors.ts';
import { bandProbes } from '#shared/domain/fingerprint-bands.ts';
import type { Section } from '#shared/domain/record.ts';
import { renderBodyMarkdown } from '#shared/extract/body-markdown.ts';
import { bodyOf, ledeOf } from '#shared/extract/sections.ts';
import { removedRecord } from '#shared/pipeline/record-base.ts';
import { PACKED_ATTRIBUTE } from '#shared/pipeline/stored-item.ts';
import { CLIENT_KINDS, refusedApis } from './support/emulator-clients.ts';
import { ingestedRecord, sourceFor } from './support/records.ts';
import { createTestPipeline, TEST_NOW, type TestPipeline } from './support/test-deps.ts';

describe.each(CLIENT_KINDS)('DynamoDB record store (%s client)', (kind) => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline(kind);
  });

  const store = () => pipeline.deps.store;

  it('writes a record when none is stored and reads it back parsed', async () => {
    const record = ingestedRecord('store/first.txt', '0A1B');

    const outcome = await store().putRecord(record);

    expect(outcome).toBe('written');
    expect(await store().getRecord(record.articleId)).toEqual(record);
  });

  it('keeps the newer record when an older event arrives late', async () => {
    const newer = ingestedRecord('store/late.txt', '00690B1F2A3C4D5E70', { title: 'Newer' });
    const older = ingestedRecord('store/late.txt', '00690B1F2A3C4D5E61', { title: 'Older' });
    await store().putRecord(newer);

    const outcome = await store().putRecord(older);

    expect(outcome).toBe('stale');
    expect(await store().getRecord(newer.articleId)).toMatchObject({ title: 'Newer' });
  });

  it('writes nothing when the same event is written twice', async () => {
    const record = ingestedRecord('store/repeat.txt', '00690B1F2A3C4D5E61');
    await store().putRecord(record);

    const outcome = await store().putRecord({ ...record, title: 'Changed' });

    expect(outcome).toBe('stale');
    expect(await store().getRecord(record.articleId)).toMatchObject({ title: record.title });
  });

  it('replaces the record when a newer event arrives', async () => {
    await store().putRecord(ingestedRecord('store/newer.txt', '0100', { title: 'First' }));
    const newer = ingestedRecord('store/newer.txt', '0101', { title: 'Second' });

    const outcome = await store().putRecord(newer);

    expect(outcome).toBe('written');
    expect(await store().getRecord(newer.articleId)).toMatchObject({ title: 'Second' });
  });

  it('orders sequencers of different lengths numerically', async () => {
    await store().putRecord(ingestedRecord('store/width.txt', 'FF', { title: 'Short' }));
    const longer = ingestedRecord('store/width.txt', '0100', { title: 'Longer' });

    const outcome = await store().putRecord(longer);

    expect(outcome).toBe('written');
  });

  it('writes only while the stored record is still the one read (optimistic check)', async () => {
    const first = ingestedRecord('store/optimistic.txt', '0100', { title: 'First' });
    const second = ingestedRecord('store/optimistic.txt', '0101', { title: 'Second' });
    const third = ingestedRecord('store/optimistic.txt', '0102', { title: 'Third' });

    expect(await store().putRecord(first, { ifStoredSequencerKey: null })).toBe('written');
    expect(await store().putRecord(second, { ifStoredSequencerKey: null })).toBe('stale');
    expect(await store().putRecord(third, { ifStoredSequencerKey: second.sequencerKey })).toBe(
      'stale',
    );
    expect(await store().putRecord(third, { ifStoredSequencerKey: first.sequencerKey })).toBe(
      'written',
    );
    expect(await store().getRecord(first.articleId)).toMatchObject({ title: 'Third' });
  });

  it("clears a file record's retiring list only while that event's record is stored", async () => {
    const older = { ...ingestedRecord('store/retiring.txt', '0100'), retiring: ['x1'] };
    const newer = { ...ingestedRecord('store/retiring.txt', '0101'), retiring: ['x2'] };
    await store().putRecord(older);
    await store().putRecord(newer);

    await store().clearRetiring(older.articleId, older.sequencerKey);
    expect(await store().getRecord(newer.articleId)).toMatchObject({ retiring: ['x2'] });

    await store().clearRetiring(newer.articleId, newer.sequencerKey);
    expect((await store().getRecord(newer.articleId))?.retiring).toBeUndefined();
  });

  it('keeps a tombstone when a late create carries an older sequencer', async () => {
    const tombstone = removedRecord(sourceFor('store/removed.txt', '0200'), TEST_NOW);
    await store().putRecord(tombstone);

    const outcome = await store().putRecord(ingestedRecord('store/removed.txt', '01FF'));

    expect(outcome).toBe('stale');
    expect(await store().getRecord(tombstone.articleId)).toMatchObject({ status: 'removed' });
  });

  it('leaves out undefined fields and empty index keys instead of failing', async () => {
    const record = ingestedRecord('store/sparse.txt', '0A', {
      publishedDate: '',
      publisher: undefined,
    });

    await store().putRecord(record);

    const { Item } = await pipeline.clients.documents.send(
      new GetCommand({ TableName: pipeline.tableName, Key: { articleId: record.articleId } }),
    );
    expect(Item).not.toHaveProperty('publishedDate');
    expect(Item).not.toHaveProperty('publisher');
  });

  it('finds every record of a content hash through the index, duplicates included', async () => {
    const original = ingestedRecord('store/original.txt', '0A', { contentHash: 'same' });
    const copy = ingestedRecord('store/copy.txt', '0B', {
      contentHash: 'same',
      duplicateOf: original.articleId,
    });
    const other = ingestedRecord('store/other.txt', '0C', { contentHash: 'different' });
    for (const record of [original, copy, other]) await store().putRecord(record);

    const matches = await store().findByContentHash('same');

    expect(matches).toHaveLength(2);
    expect(matches).toEqual(
      expect.arrayContaining([
        { articleId: original.articleId, ingestedAt: TEST_NOW.toISOString() },
        {
          articleId: copy.articleId,
          ingestedAt: TEST_NOW.toISOString(),
          duplicateOf: original.articleId,
        },
      ]),
    );
    expect(await store().findByContentHash('none')).toEqual([]);
  });

  it('finds a content hash under its fingerprint band 0, not the other bodies sharing that band', async () => {
    const fingerprint = '0123456789abcdef';
    const original = ingestedRecord('store/original.txt', '0A', {
      contentHash: 'same',
      fingerprint,
      wordCount: 120,
    });
    const copy = ingestedRecord('store/copy.txt', '0B', {
      contentHash: 'same',
      fingerprint,
      wordCount: 120,
      duplicateOf: original.articleId,
    });
    // Another body whose simhash shares band 0: the same index key, another sort key.
    const sameBand = ingestedRecord('store/same-band.txt', '0C', {
      contentHash: 'different',
      fingerprint: '0123ffffffffffff',
      wordCount: 120,
    });
    for (const record of [original, copy, sameBand]) await store().putRecord(record);

    const matches = await store().findByContentHash('same', fingerprint);

    expect(matches.map((match) => match.articleId).sort()).toEqual(
      [original.articleId, copy.articleId].sort(),
    );
    expect(await store().findByContentHash('same', 'fedcba9876543210')).toEqual([]);
    const { Item } = await pipeline.clients.documents.send(
      new GetCommand({ TableName: pipeline.tableName, Key: { articleId: original.articleId } }),
    );
    expect(Item).toMatchObject({ contentKey: '0123', fingerprintBand1: '4567' });
    expect(Item).not.toHaveProperty('fingerprintBand0');
  });

  it('finds the articles sharing a probed fingerprint band, each once, copies and short bodies left out', async () => {
    const fingerprint = '0123456789abcdef';
    const long = { wordCount: 120 };
    const original = ingestedRecord('store/agency.txt', '0A', { ...long, fingerprint });
    // Differs in one bit of band 0 and in all of band 3: found through band 0's probes.
    const edited = ingestedRecord('store/site.txt', '0B', {
      ...long,
      fingerprint: '0122456789ab3210',
    });
    const copy = ingestedRecord('store/copy.txt', '0C', {
      ...long,
      fingerprint,
      nearDuplicateOf: { articleId: original.articleId, similarity: 1 },
    });
    const short = ingestedRecord('store/short.txt', '0D', { wordCount: 20, fingerprint });
    const unrelated = ingestedRecord('store/other.txt', '0E', {
      ...long,
      fingerprint: 'fedcba9876543210',
    });
    for (const record of [original, edited, copy, short, unrelated]) {
      await store().putRecord(record);
    }

    const matches = await store().findByFingerprintBands(bandProbes(fingerprint, 'neighbours'));

    expect(matches).toHaveLength(2);
    expect(matches).toEqual(
      expect.arrayContaining([
        { articleId: original.articleId, fingerprint, ingestedAt: TEST_NOW.toISOString() },
        {
          articleId: edited.articleId,
          fingerprint: '0122456789ab3210',
          ingestedAt: TEST_NOW.toISOString(),
        },
      ]),
    );
    expect(await store().getRecord(copy.articleId)).toEqual(copy);
    expect(await store().findByFingerprintBands([])).toEqual([]);
  });

  it('answers the hash and the band probes in one lookup, as the two calls would', async () => {
    const fingerprint = '0123456789abcdef';
    const long = { wordCount: 120 };
    const original = ingestedRecord('lookup/original.txt', '0A', {
      ...long,
      contentHash: 'same',
      fingerprint,
    });
    const copy = ingestedRecord('lookup/copy.txt', '0B', {
      ...long,
      contentHash: 'same',
      fingerprint,
      duplicateOf: original.articleId,
    });
    // Shares band 0 only (the hash's key), another body: a near candidate, no hash match.
    const sameBandZero = ingestedRecord('lookup/band-zero.txt', '0C', {
      ...long,
      contentHash: 'other',
      fingerprint: '0123ffffffffffff',
    });
    // Shares band 2 only: found by the other probes.
    const sameBandTwo = ingestedRecord('lookup/band-two.txt', '0D', {
      ...long,
      contentHash: 'third',
      fingerprint: 'ffffffff89abffff',
    });
    const short = ingestedRecord('lookup/short.txt', '0E', {
      wordCount: 20,
      contentHash: 'fourth',
      fingerprint,
    });
    for (const record of [original, copy, sameBandZero, sameBandTwo, short]) {
      await store().putRecord(record);
    }
    const probes = bandProbes(fingerprint, 'exact');

    const found = await store().findCopyCandidates('same', fingerprint, probes);

    const ids = (matches: { articleId: string }[]) => matches.map((m) => m.articleId).sort();
    expect(ids(found.sameContent)).toEqual(
      ids(await store().findByContentHash('same', fingerprint)),
    );
    expect(ids(found.sameContent)).toEqual([original.articleId, copy.articleId].sort());
    expect(found.sameContent).toContainEqual(
      expect.objectContaining({ duplicateOf: original.articleId }),
    );
    expect(ids(found.nearCandidates)).toEqual(ids(await store().findByFingerprintBands(probes)));
    expect(ids(found.nearCandidates)).toEqual(
      [original.articleId, sameBandZero.articleId, sameBandTwo.articleId].sort(),
    );
  });

  it('re-points a copy only while it has the sequencer read and still points at the departed original', async () => {
    const copy = ingestedRecord('store/copy.txt', '0B', { contentHash: 'same', duplicateOf: 'x' });
    await store().putRecord(copy);

    const otherSequencer = await store().repointCopy(
      {
        ...copy,
        sequencerKey: ingestedRecord('store/copy.txt', '0A').sequencerKey,
        duplicateOf: 'y',
      },
      'x',
    );
    const otherOriginal = await store().repointCopy({ ...copy, duplicateOf: 'y' }, 'z');
    const repointed = await store().repointCopy({ ...copy, duplicateOf: 'y' }, 'x');

    expect([otherSequencer, otherOriginal, repointed]).toEqual(['stale', 'stale', 'written']);
    expect(await store().getRecord(copy.articleId)).toEqual({ ...copy, duplicateOf: 'y' });
  });

  it('finds the near copies of an original, and re-points one only while it still points there', async () => {
    const near = (articleId: string) => ({ nearDuplicateOf: { articleId, similarity: 0.9 } });
    const copy = ingestedRecord('store/near-copy.txt', '0B', { wordCount: 120, ...near('x') });
    const other = ingestedRecord('store/near-other.txt', '0B', { wordCount: 120, ...near('w') });
    await store().putRecord(copy);
    await store().putRecord(other);
    expect(await store().findNearCopies('x')).toEqual([copy.articleId]);

    const otherOriginal = await store().repointCopy({ ...copy, ...near('y') }, 'z', 'near');
    const repointed = await store().repointCopy({ ...copy, ...near('y') }, 'x', 'near');

    expect([otherOriginal, repointed]).toEqual(['stale', 'written']);
    expect(await store().getRecord(copy.articleId)).toEqual({ ...copy, ...near('y') });
    expect(await store().findNearCopies('x')).toEqual([]);
    expect(await store().findNearCopies('y')).toEqual([copy.articleId]);
  });

  it('puts a copy promoted to original into the fingerprint band indexes', async () => {
    const fingerprint = '0123456789abcdef';
    const copy = ingestedRecord('store/promoted.txt', '0B', {
      wordCount: 120,
      fingerprint,
      duplicateOf: 'x',
    });
    await store().putRecord(copy);
    const probes = bandProbes(fingerprint, 'exact');
    expect(await store().findByFingerprintBands(probes)).toEqual([]);
    const { duplicateOf: _x, ...promoted } = copy;

    await store().repointCopy(promoted, 'x');

    expect(await store().findByFingerprintBands(probes)).toEqual([
      { articleId: copy.articleId, fingerprint, ingestedAt: TEST_NOW.toISOString() },
    ]);
  });

  it('returns null for an article that was never written', async () => {
    expect(await store().getRecord('0'.repeat(32))).toBeNull();
  });

  it('throws TransientError with the cause when the table does not exist', async () => {
    const missing = createDynamoRecordStore(pipeline.apis.dynamo, 'no-such-table');

    const error = await missing.putRecord(ingestedRecord('store/x.txt', '01')).catch((e) => e);

    expect(error).toBeInstanceOf(TransientError);
    expect(error.cause).toHaveProperty('name', 'ResourceNotFoundException');
  });

  it('throws TransientError when DynamoDB does not answer', async () => {
    const refused = createDynamoRecordStore(
      refusedApis(kind, await findFreePort()).dynamo,
      pipeline.tableName,
    );

    await expect(refused.getRecord('0'.repeat(32))).rejects.toBeInstanceOf(TransientError);
  });
});

/** A record whose body and lede are its sections joined, and its Markdown rendered, as the pipeline builds them. */
const structuredRecord = (key: string) => {
  const sections: Section[] = [
    { heading: null, paragraphs: ['The harbour ferry resumed its *winter* timetable.'] },
    {
      heading: 'Fares',
      paragraphs: ['Adults pay 4 EUR.', 'Children travel free.'],
      blocks: [
        { type: 'heading', level: 2, text: 'Fares' },
        { type: 'list', ordered: false, items: ['Adults pay 4 EUR.', 'Children travel free.'] },
      ],
    },
  ];
  return ingestedRecord(key, '0A', {
    sections,
    body: bodyOf(sections),
    bodyMarkdown: renderBodyMarkdown(sections),
    lede: ledeOf(sections),
    summary: 'The ferry runs again.',
  });
};

describe.each(CLIENT_KINDS)('the stored form in DynamoDB (%s client)', (kind) => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline(kind);
  });

  const rawItem = async (articleId: string) =>
    (
      await pipeline.clients.documents.send(
        new GetCommand({ TableName: pipeline.tableName, Key: { articleId } }),
      )
    ).Item;

  it('stores the text once, packed, and every read path gives the whole record back', async () => {
    const record = structuredRecord('stored/packed.txt');

    await pipeline.deps.store.putRecord(record);

    const item = await rawItem(record.articleId);
    expect(item?.[PACKED_ATTRIBUTE]).toBeInstanceOf(Uint8Array);
    for (const field of ['sections', 'body', 'bodyMarkdown', 'lede', 'summary'])
      expect(item).not.toHaveProperty(field);
    expect(item).toMatchObject({ title: record.title, status: 'ingested' });
    expect(await pipeline.deps.store.getRecord(record.articleId)).toEqual(record);
    expect(await pipeline.queries.getRecords([record.articleId])).toEqual([record]);
    expect(await pipeline.queries.listRecords()).toEqual([record]);
  });

  it('reads a record stored before the packed layout, as it was', async () => {
    const record = structuredRecord('stored/old-layout.txt');
    await pipeline.clients.documents.send(
      new PutCommand({ TableName: pipeline.tableName, Item: { ...record } }),
    );

    expect(await pipeline.deps.store.getRecord(record.articleId)).toEqual(record);
    expect(await pipeline.queries.getRecords([record.articleId])).toEqual([record]);
    expect(await pipeline.queries.listRecords()).toEqual([record]);
  });
});

describe.each(CLIENT_KINDS)('DynamoDB record queries (%s client)', (kind) => {
  let pipeline: TestPipeline;

  beforeEach(async () => {
    pipeline = await createTestPipeline(kind);
  });

  it('finds the record of an object by bucket and decoded key', async () => {
    const record = ingestedRecord('queries/Über uns + Café.txt', '0A');
    await pipeline.deps.store.putRecord(record);

    const found = await pipeline.queries.getRecordByKey(record.source.bucket, record.source.key);

    expect(found).toEqual(record);
  });

  it('returns null for a key that has no record', async () => {
    expect(await pipeline.queries.getRecordByKey('test-articles', 'queries/none.txt')).toBeNull();
  });

  it('lists the articles of one publication day through the index', async () => {
    await pipeline.deps.store.putRecord(
      ingestedRecord('queries/a.txt', '0A', { publishedDate: '2025-11-05' }),
    );
    await pipeline.deps.store.putRecord(
      ingestedRecord('queries/b.txt', '0A', { publishedDate: '2025-11-06' }),
    );
    await pipeline.deps.store.putRecord(removedRecord(sourceFor('queries/c.txt', '0B'), TEST_NOW));

    const records = await pipeline.queries.listRecords({ publishedDate: '2025-11-05' });

    expect(records.map((r) => r.source.key)).toEqual(['queries/a.txt']);
  });

  it('lists every record, tombstones included, when no day is given', async () => {
    await pipeline.deps.store.putRecord(ingestedRecord('queries/a.txt', '0A'));
    await pipeline.deps.store.putRecord(removedRecord(sourceFor('queries/c.txt', '0B'), TEST_NOW));

    const records = await pipeline.queries.listRecords();

    expect(records.map((r) => r.status).sort()).toEqual(['ingested', 'removed']);
  });

  it('stops at the limit', async () => {
    for (const name of ['a', 'b', 'c']) {
      await pipeline.deps.store.putRecord(ingestedRecord(`queries/${name}.txt`, '0A'));
    }

    expect(await pipeline.queries.listRecords({ limit: 2 })).toHaveLength(2);
  });
});
