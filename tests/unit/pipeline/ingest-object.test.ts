import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '#shared/domain/limits.ts';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import type { ArticleRecord, IngestedRecord } from '#shared/domain/record.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import {
  contentKeyFor,
  inlineContent,
  MAX_RECORD_JSON_BYTES,
  offloadContent,
  withOffloadedContent,
} from '#shared/pipeline/offload-content.ts';
import type {
  ContentHashMatch,
  ContentReader,
  ContentStore,
  FetchResult,
  FingerprintMatch,
  IngestDeps,
  ObjectPresence,
} from '#shared/pipeline/ports.ts';
import { lifecycleFields } from '#shared/pipeline/record-base.ts';

/**
 * The orchestration with in-memory ports, for the order of calls and the branches that
 * are costly to provoke for real. The same behaviour runs against DynamoDB Local and
 * s3rver in tests/integration/ingest-object.test.ts.
 */
const NOW = new Date('2025-11-05T10:00:00.000Z');

const ref = (change: ObjectRef['change'] = 'created'): ObjectRef => ({
  bucket: 'articles',
  key: 'news/a b.txt',
  change,
  eventName: change === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:DeleteMarkerCreated',
  eventTime: '2025-11-05T09:00:00.000Z',
  sequencer: '0A',
  versionId: 'v1',
});

const MAX_OBJECT_BYTES = DEFAULT_LIMITS.maxObjectBytes;

/** In-memory ports; `presence` is what a HEAD of the object (version) answers. */
const fakeDeps = (
  fetched: FetchResult,
  options: {
    presence?: ObjectPresence;
    limits?: Limits;
    sameHash?: ContentHashMatch[];
    sameBand?: FingerprintMatch[];
  } = {},
) => {
  const calls: string[] = [];
  const written: ArticleRecord[] = [];
  const deps: IngestDeps = {
    source: {
      fetchObject: async (_ref, fetchOptions) => {
        calls.push(`fetch maxBytes=${fetchOptions.maxBytes}`);
        return fetched;
      },
      headObject: async (headRef) => {
        calls.push(`head ${headRef.versionId ?? 'current'}`);
        return options.presence ?? 'absent';
      },
    },
    store: {
      putRecord: async (record) => {
        calls.push('putRecord');
        written.push(record);
        return 'written';
      },
      getRecord: async () => null,
      clearRetiring: async () => {
        calls.push('clearRetiring');
      },
      repointCopy: async () => {
        calls.push('repointCopy');
        return 'written';
      },
      findByContentHash: async () => options.sameHash ?? [],
      findNearCopies: async () => {
        calls.push('findNearCopies');
        return [];
      },
      findByFingerprintBands: async () => {
        calls.push('findByFingerprintBands');
        return options.sameBand ?? [];
      },
      findCopyCandidates: async () => {
        calls.push('findCopyCandidates');
        return { sameContent: options.sameHash ?? [], nearCandidates: options.sameBand ?? [] };
      },
    },
    content: {
      putContent: async (key) => {
        calls.push(`putContent ${key}`);
        return { bucket: 'content', key };
      },
    },
    now: () => NOW,
    ...(options.limits && { limits: options.limits }),
  };
  return { deps, calls, written };
};

const text = (value: string): Extract<FetchResult, { kind: 'found' }> => ({
  kind: 'found',
  bytes: new TextEncoder().encode(value),
  size: value.length,
  contentType: 'text/plain',
  eTag: 'etag-1',
});

const bigRecord = (bodyBytes: number): IngestedRecord => ({
  ...lifecycleFields({ bucket: 'articles', key: 'big.txt', sequencer: '0A' }, NOW),
  status: 'ingested',
  format: 'text',
  title: 'Big',
  titleSource: 'derived',
  authors: [],
  lede: 'Big.',
  sections: [{ heading: null, paragraphs: ['x'.repeat(bodyBytes)] }],
  body: 'x'.repeat(bodyBytes),
  bodyMarkdown: 'x'.repeat(bodyBytes),
  keywords: [],
  wordCount: 1,
  paragraphCount: 1,
  readingTimeMinutes: 1,
  contentHash: 'h',
});

describe('ingestObject', () => {
  it('writes a tombstone for a removal once the bucket confirms the object is gone', async () => {
    const { deps, calls, written } = fakeDeps({ kind: 'missing' });

    const outcome = await ingestObject(ref('removed'), deps);

    expect(calls).toEqual(['head current', 'putRecord']);
    expect(written[0]).toMatchObject({ status: 'removed', source: { key: 'news/a b.txt' } });
    expect(outcome).toMatchObject({ outcome: 'written', status: 'removed' });
  });

  it('writes nothing for a removal of an object that still exists (forged or stale)', async () => {
    const { deps, calls, written } = fakeDeps(text('Still here.'), { presence: 'present' });

    const outcome = await ingestObject(ref('removed'), deps);

    expect(calls).toEqual(['head current']);
    expect(written).toEqual([]);
    expect(outcome).toMatchObject({ outcome: 'skipped', skipReason: 'the object still exists' });
  });

  it('checks the current version, not the delete marker the event names', async () => {
    const { deps, calls } = fakeDeps({ kind: 'missing' });

    await ingestObject({ ...ref('removed'), versionId: 'marker-version' }, deps);

    expect(calls[0]).toBe('head current');
  });

  it('writes nothing when a delete of one version names a version that still exists', async () => {
    const { deps, calls, written } = fakeDeps(text('Still here.'), { presence: 'present' });

    const outcome = await ingestObject(
      { ...ref('removed'), eventName: 'ObjectRemoved:Delete' },
      deps,
    );

    expect(calls).toEqual(['head v1']);
    expect(written).toEqual([]);
    expect(outcome).toMatchObject({
      outcome: 'skipped',
      skipReason: 'the removal names a version that still exists',
    });
  });

  it('writes a tombstone when a version deleted for good leaves no current object', async () => {
    const { deps, written } = fakeDeps({ kind: 'missing' });

    await ingestObject({ ...ref('removed'), eventName: 'ObjectRemoved:Delete' }, deps);

    expect(written[0]).toMatchObject({ status: 'removed' });
  });

  it('records the version still current when one version is deleted for good', async () => {
    const { deps, written } = fakeDeps({ ...text('An old version of it.'), versionId: 'v0' });

    await ingestObject({ ...ref('removed'), eventName: 'ObjectRemoved:Delete' }, deps);

    expect(written[0]).toMatchObject({
      status: 'ingested',
      source: { versionId: 'v0', sequencer: '0A' },
    });
  });

  it('fetches with the read limit and writes what the builder returns', async () => {
    const article = 'date 2025-11-05 A lede about the bridge.\n\nA paragraph.';
    const { deps, calls, written } = fakeDeps(text(article));

    const outcome = await ingestObject(ref(), deps);

    expect(calls).toEqual([`fetch maxBytes=${MAX_OBJECT_BYTES}`, 'putRecord']);
    expect(written[0]?.source).toEqual({
      bucket: 'articles',
      key: 'news/a b.txt',
      sequencer: '0A',
      versionId: 'v1',
      eTag: 'etag-1',
      size: article.length,
      contentType: 'text/plain',
    });
    expect(outcome).toMatchObject({ outcome: 'written', status: 'ingested' });
  });

  it('skips without writing when the object is gone', async () => {
    const { deps, calls } = fakeDeps({ kind: 'missing' });

    const outcome = await ingestObject(ref(), deps);

    expect(calls).toEqual([`fetch maxBytes=${MAX_OBJECT_BYTES}`]);
    expect(outcome).toMatchObject({ outcome: 'skipped', skipReason: 'the object is gone' });
  });

  it('reads at most the configured maxObjectBytes and names that limit in a rejection', async () => {
    const limits = { ...DEFAULT_LIMITS, maxObjectBytes: 1000 };
    const { deps, calls, written } = fakeDeps({ kind: 'too-large', size: 1001 }, { limits });

    await ingestObject(ref(), deps);

    expect(calls[0]).toBe('fetch maxBytes=1000');
    expect(written[0]).toMatchObject({
      reason: 'too-large',
      reasonDetail: 'Object is 1001 bytes; the limit is 1000',
    });
  });

  it('writes a too-large rejection with the size when the object is over the limit', async () => {
    const { deps, written } = fakeDeps({ kind: 'too-large', size: MAX_OBJECT_BYTES + 1 });

    const outcome = await ingestObject(ref(), deps);

    expect(written[0]).toMatchObject({
      status: 'rejected',
      reason: 'too-large',
      source: { size: MAX_OBJECT_BYTES + 1 },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'too-large' });
  });

  it('writes a rejected record for an empty file', async () => {
    const { deps, written } = fakeDeps(text(''));

    await ingestObject(ref(), deps);

    expect(written[0]).toMatchObject({ status: 'rejected', reason: 'empty' });
  });

  it('stores offloaded content before the record that points at it', async () => {
    const paragraph = 'The report runs to many pages. '.repeat(40);
    const body = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const { deps, calls, written } = fakeDeps(text(`date 2025-11-05 Report.\n\n${body}`));

    await ingestObject(ref(), deps);

    expect(calls.slice(1)).toEqual([
      'findCopyCandidates',
      expect.stringMatching(/^putContent articles\/[0-9a-f]{32}\/0{30}0A\.json$/),
      'putRecord',
    ]);
    expect(written[0]).toMatchObject({ body: '', sections: [], contentRef: { bucket: 'content' } });
  });

  it('marks a copy with the original the pipeline picks among the records of its hash', async () => {
    const self = lifecycleFields({ bucket: 'articles', key: 'news/a b.txt', sequencer: '0A' }, NOW);
    const sameHash = [
      { articleId: self.articleId, ingestedAt: '2025-10-01T00:00:00.000Z' },
      { articleId: 'copy', ingestedAt: '2025-11-01T00:00:00.000Z', duplicateOf: 'original' },
      { articleId: 'newer', ingestedAt: '2025-11-03T00:00:00.000Z' },
      { articleId: 'original', ingestedAt: '2025-11-02T00:00:00.000Z' },
    ];
    const { deps, written } = fakeDeps(text('A lede about the bridge and the river.'), {
      sameHash,
    });

    const outcome = await ingestObject(ref(), deps);

    expect(written[0]).toMatchObject({ status: 'ingested', duplicateOf: 'original' });
    expect(outcome).toMatchObject({ outcome: 'written', copy: 'exact' });
  });

  it('reports the bytes read and the time extraction took by the deps clock', async () => {
    const body = 'date 2025-11-05 The tram line to the harbour opened on Wednesday.';
    const { deps } = fakeDeps(text(body));
    let ticks = 0;
    // A clock that moves 3 ms each time it is read, so the time between two reads shows.
    deps.now = () => new Date(NOW.getTime() + 3 * ticks++);

    const outcome = await ingestObject(ref(), deps);

    expect(outcome).toMatchObject({ outcome: 'written', bytes: body.length });
    expect(outcome).not.toHaveProperty('copy');
    expect(outcome.extractionMs).toBeGreaterThanOrEqual(3);
  });

  it('asks for exact and near copies at once, and an exact copy wins', async () => {
    const body = 'The ferry across the estuary resumed its winter timetable today. '.repeat(8);
    const sameBand = [
      {
        articleId: 'near',
        fingerprint: 'ffffffffffffffff',
        ingestedAt: '2025-10-01T00:00:00.000Z',
      },
    ];
    const exact = fakeDeps(text(body), {
      sameHash: [{ articleId: 'original', ingestedAt: '2025-11-01T00:00:00.000Z' }],
      sameBand,
    });
    const near = fakeDeps(text(body), { sameBand });

    await ingestObject(ref(), exact.deps);
    await ingestObject(ref(), near.deps);

    expect(exact.calls).toContain('findCopyCandidates');
    expect(exact.written[0]).toMatchObject({ duplicateOf: 'original' });
    expect(exact.written[0]).not.toHaveProperty('nearDuplicateOf');
    expect(near.calls).toContain('findCopyCandidates');
    expect(near.written[0]).not.toHaveProperty('duplicateOf');
    expect(near.written[0]).not.toHaveProperty('nearDuplicateOf');
  });

  it('asks only for exact copies when the body is too short to be a near copy', async () => {
    const { deps, calls } = fakeDeps(text('A lede about the bridge and the river.'));

    await ingestObject(ref(), deps);

    expect(calls).not.toContain('findCopyCandidates');
    expect(calls).not.toContain('findByFingerprintBands');
  });

  it('passes on an error a port throws, so the message is retried', async () => {
    const { deps } = fakeDeps(text('A lede.'));
    deps.store.putRecord = async () => {
      throw new Error('throttled');
    };

    await expect(ingestObject(ref(), deps)).rejects.toThrow('throttled');
  });
});

describe('offloadContent', () => {
  /** A content store that keeps what it is given. */
  const memoryContent = () => {
    const stored = new Map<string, string>();
    const content: ContentStore & ContentReader = {
      putContent: async (key, json) => {
        stored.set(key, json);
        return { bucket: 'content', key };
      },
      getContent: async ({ key }) => stored.get(key) ?? '{}',
    };
    return { stored, content };
  };

  it('keeps a record that fits the item budget inline', async () => {
    const { stored, content } = memoryContent();
    const record = bigRecord(1000);

    expect(await offloadContent(record, content, NOW)).toBe(record);
    expect(stored.size).toBe(0);
  });

  it('moves body, bodyMarkdown and sections out of a record over the budget', async () => {
    const { stored, content } = memoryContent();
    const record = bigRecord(MAX_RECORD_JSON_BYTES);

    const slim = await offloadContent(record, content, NOW);

    const key = `articles/${record.articleId}/${record.sequencerKey}.json`;
    const { bodyMarkdown: _moved, ...rest } = record;
    expect(slim).toEqual({
      ...rest,
      body: '',
      sections: [],
      contentRef: { bucket: 'content', key },
    });
    // The body is the sections joined, so named instead of stored.
    expect(JSON.parse(stored.get(key) ?? '{}')).toEqual({
      articleId: record.articleId,
      sequencerKey: record.sequencerKey,
      bodyMarkdown: record.bodyMarkdown,
      sections: record.sections,
      rendered: ['body'],
    });
  });

  it('reads back content offloaded before it was stored once (all three fields)', async () => {
    const { stored, content } = memoryContent();
    const record = bigRecord(MAX_RECORD_JSON_BYTES);
    const contentRef = { bucket: 'content', key: contentKeyFor(record) };
    const { body, bodyMarkdown, sections } = record;
    stored.set(contentRef.key, JSON.stringify({ body, bodyMarkdown, sections }));
    const slim = withOffloadedContent(record, contentRef);

    expect(await inlineContent(slim, content)).toEqual({ ...record, contentRef });
  });

  it('offloads a record that only its bodyMarkdown puts over the budget', async () => {
    const { stored, content } = memoryContent();
    // Body and sections fit (two copies of 40%), the Markdown copy tips it over.
    const record = bigRecord(Math.floor(MAX_RECORD_JSON_BYTES * 0.4));

    const slim = (await offloadContent(record, content, NOW)) as IngestedRecord;

    expect(slim.contentRef).toBeDefined();
    expect(slim.bodyMarkdown).toBeUndefined();
    expect(stored.size).toBe(1);
    expect(await inlineContent(slim, content)).toEqual({ ...record, contentRef: slim.contentRef });
  });

  it('rejects a record whose fields other than the body are over the budget', async () => {
    const { stored, content } = memoryContent();
    const record = { ...bigRecord(10), keywords: ['k'.repeat(MAX_RECORD_JSON_BYTES)] };

    const outcome = await offloadContent(record, content, NOW);

    expect(outcome).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(stored.size).toBe(0);
  });

  it('keys content by article and sequencer, so a newer version never overwrites it', () => {
    const record = bigRecord(1);

    expect(contentKeyFor(record)).toBe(`articles/${record.articleId}/${record.sequencerKey}.json`);
  });

  it('is undone by inlineContent, which reads body, bodyMarkdown and sections back', async () => {
    const { content } = memoryContent();
    const record = bigRecord(MAX_RECORD_JSON_BYTES);
    const slim = await offloadContent(record, content, NOW);

    const { contentRef } = slim as IngestedRecord;
    expect(await inlineContent(slim, content)).toEqual({ ...record, contentRef });
    // A record never offloaded is returned as it is, without a read.
    expect(await inlineContent(record, content)).toBe(record);
  });
});
