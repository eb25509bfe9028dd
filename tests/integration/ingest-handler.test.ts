import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createIngestHandler,
  type IngestHandler,
  IO_SLACK_MS,
} from '#lambdas/ingest/create-ingest-handler.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { sqsEventOf, sqsRecord } from './support/sqs-events.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const ARTICLE =
  'date 2025-11-05 The tram line to the harbour opened on Wednesday.\n\nIt runs every ten minutes.\n';
const REVISED =
  'date 2025-11-05 The tram line to the harbour opened on Wednesday, a day late.\n\nIt runs every ten minutes.\n';
/** The first bytes of a PNG file: not text in any encoding. */
const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
]);

describe('ingest handler against the emulators', () => {
  let pipeline: TestPipeline;
  let handle: IngestHandler;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    handle = createIngestHandler(pipeline.deps);
    prefix = uniqueName('handler');
  });

  const recordOf = (key: string) => pipeline.queries.getRecordByKey(TEST_BUCKETS.articles, key);
  const created = (key: string, sequencer: string) =>
    ({ eventName: 'ObjectCreated:Put', key, sequencer }) as const;

  it('writes nothing new when the same event is delivered twice', async () => {
    const key = `${prefix}/tram.txt`;
    await pipeline.putObject(key, ARTICLE);
    const event = sqsEventOf(created(key, '0A01'));
    await handle(event);
    const first = await recordOf(key);
    await pipeline.putObject(key, REVISED);

    const response = await handle(event);

    expect(response.batchItemFailures).toEqual([]);
    expect(await recordOf(key)).toEqual(first);
  });

  it('replaces the record when a newer create arrives', async () => {
    const key = `${prefix}/tram.txt`;
    await pipeline.putObject(key, ARTICLE);
    await handle(sqsEventOf(created(key, '0A01')));
    const first = await recordOf(key);
    await pipeline.putObject(key, REVISED);

    await handle(sqsEventOf(created(key, '0A02')));

    const second = await recordOf(key);
    expect(second).toMatchObject({ status: 'ingested', source: { sequencer: '0A02' } });
    expect(second?.status === 'ingested' && second.contentHash).not.toBe(
      first?.status === 'ingested' && first.contentHash,
    );
  });

  it('writes rejected records for an empty and a binary file and acknowledges both', async () => {
    const empty = `${prefix}/empty.txt`;
    const binary = `${prefix}/picture.png`;
    await pipeline.putObject(empty, '');
    await pipeline.putObject(binary, PNG_BYTES);

    const response = await handle(sqsEventOf(created(empty, '0B'), created(binary, '0C')));

    expect(response.batchItemFailures).toEqual([]);
    expect(await recordOf(empty)).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(await recordOf(binary)).toMatchObject({ status: 'rejected', reason: 'binary' });
  });

  it('skips a create whose object is already gone and acknowledges it', async () => {
    const key = `${prefix}/deleted-meanwhile.txt`;

    const response = await handle(sqsEventOf(created(key, '0D')));

    expect(response.batchItemFailures).toEqual([]);
    expect(await recordOf(key)).toBeNull();
  });

  it('fails only the message whose dependency fails', async () => {
    const good = `${prefix}/good.txt`;
    await pipeline.putObject(good, ARTICLE);
    const event = sqsEventOf(created(good, '0E'), {
      ...created(`${prefix}/elsewhere.txt`, '0F'),
      bucket: 'no-such-bucket',
    });

    const response = await handle(event);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: event.Records[1]?.messageId }]);
    expect(await recordOf(good)).toMatchObject({ status: 'ingested' });
  });

  it('fails only the message whose body is not an S3 notification', async () => {
    const good = `${prefix}/good.txt`;
    await pipeline.putObject(good, ARTICLE);
    const event = sqsEventOf(created(good, '10'));
    const invalid = sqsRecord('{"not":"an S3 event"}');
    event.Records.push(invalid);

    const response = await handle(event);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: invalid.messageId }]);
  });

  it('reports every message, without throwing, when the table does not exist', async () => {
    const key = `${prefix}/tram.txt`;
    await pipeline.putObject(key, ARTICLE);
    const store = createDynamoRecordStore(pipeline.apis.dynamo, 'no-such-table');
    const broken = createIngestHandler({ ...pipeline.deps, store });
    const event = sqsEventOf(created(key, '11'), {
      eventName: 'ObjectRemoved:Delete',
      key: `${prefix}/removed.txt`,
      sequencer: '12',
    });

    const response = await broken(event);

    const failed = response.batchItemFailures.map((f) => f.itemIdentifier);
    expect(failed.sort()).toEqual(event.Records.map((r) => r.messageId).sort());
  });

  describe('near the deadline', () => {
    /** The function's 60 s, on a clock that only moves when a file is fetched. */
    const TIMEOUT_MS = 60_000;
    const START_MARGIN_MS = DEFAULT_LIMITS.maxFileMs + IO_SLACK_MS;
    /** A slow file: each fetch takes this long on the test clock. */
    const FETCH_MS = 23_000;

    /** A context whose remaining time shrinks by FETCH_MS per object fetched. */
    const slowPipeline = () => {
      let elapsed = 0;
      const source = pipeline.deps.source;
      const deps = {
        ...pipeline.deps,
        source: {
          ...source,
          fetchObject: async (...args: Parameters<typeof source.fetchObject>) => {
            elapsed += FETCH_MS;
            return source.fetchObject(...args);
          },
        },
      };
      const context = { getRemainingTimeInMillis: () => TIMEOUT_MS - elapsed } as Context;
      return { handle: createIngestHandler(deps), context };
    };

    it('starts no message with less than the margin left and reports exactly the unstarted ones', async () => {
      const keys = ['a', 'b', 'c', 'd', 'e'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE);
      const event = sqsEventOf(...keys.map((key, i) => created(key, `2${i}`)));
      const { handle: slow, context } = slowPipeline();
      // 60 s, 37 s left: two start; 14 s left is under the margin.
      expect(TIMEOUT_MS - 2 * FETCH_MS).toBeLessThan(START_MARGIN_MS);

      const response = await slow(event, context);

      const unstarted = event.Records.slice(2).map((r) => ({ itemIdentifier: r.messageId }));
      expect(response.batchItemFailures).toEqual(unstarted);
      expect(await recordOf(keys[1] ?? '')).toMatchObject({ status: 'ingested' });
      expect(await recordOf(keys[2] ?? '')).toBeNull();
    });

    it('starts messages seen before after the fresh ones, so those are not held back by them', async () => {
      const keys = ['seen', 'fresh', 'also-fresh'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE);
      const event = sqsEventOf(...keys.map((key, i) => created(key, `4${i}`)));
      const seen = event.Records[0];
      if (!seen?.attributes) throw new Error('a record expected');
      seen.attributes.ApproximateReceiveCount = '3';
      const { handle: slow, context } = slowPipeline();
      // 60 s, 37 s left after one slow fetch, 14 s after two: only two can start.

      const response = await slow(event, context);

      expect(await recordOf(keys[1] ?? '')).toMatchObject({ status: 'ingested' });
      expect(await recordOf(keys[2] ?? '')).toMatchObject({ status: 'ingested' });
      expect(await recordOf(keys[0] ?? '')).toBeNull();
      expect(response.batchItemFailures).toEqual([{ itemIdentifier: seen.messageId }]);
    });

    it('reports a failing message and the unstarted ones, not the finished ones', async () => {
      const good = `${prefix}/good.txt`;
      await pipeline.putObject(good, ARTICLE);
      const event = sqsEventOf(
        { ...created(`${prefix}/x.txt`, '30'), bucket: 'no-such-bucket' },
        created(good, '31'),
        created(`${prefix}/late.txt`, '32'),
      );
      const { handle: slow, context } = slowPipeline();

      const response = await slow(event, context);

      const ids = event.Records.map((r) => r.messageId);
      expect(response.batchItemFailures).toEqual([
        { itemIdentifier: ids[0] },
        { itemIdentifier: ids[2] },
      ]);
      expect(await recordOf(good)).toMatchObject({ status: 'ingested' });
    });
  });

  describe('several messages at once (messageConcurrency)', () => {
    /** A source whose fetches take a little while, counting how many overlap. */
    const overlappingPipeline = (messageConcurrency?: number) => {
      const source = pipeline.deps.source;
      const seen = { inFlight: 0, most: 0 };
      const deps = {
        ...pipeline.deps,
        ...(messageConcurrency !== undefined && { messageConcurrency }),
        source: {
          ...source,
          fetchObject: async (...args: Parameters<typeof source.fetchObject>) => {
            seen.inFlight += 1;
            seen.most = Math.max(seen.most, seen.inFlight);
            await new Promise((resolve) => setTimeout(resolve, 20));
            seen.inFlight -= 1;
            return source.fetchObject(...args);
          },
        },
      };
      return { handle: createIngestHandler(deps), seen };
    };

    it('overlaps at most messageConcurrency messages and ingests them all', async () => {
      const keys = ['a', 'b', 'c', 'd', 'e'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE.replace('ten', key));
      const { handle: overlapping, seen } = overlappingPipeline(3);

      const response = await overlapping(
        sqsEventOf(...keys.map((key, i) => created(key, `6${i}`))),
      );

      expect(response.batchItemFailures).toEqual([]);
      expect(seen.most).toBe(3);
      for (const key of keys) expect(await recordOf(key)).toMatchObject({ status: 'ingested' });
    });

    it('runs them one after another when messageConcurrency is not given', async () => {
      const keys = ['a', 'b', 'c'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE);
      const { handle: sequential, seen } = overlappingPipeline();

      await sequential(sqsEventOf(...keys.map((key, i) => created(key, `7${i}`))));

      expect(seen.most).toBe(1);
    });

    it('starts another message only with a file budget more left per message in flight', async () => {
      const keys = ['a', 'b', 'c'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE);
      const event = sqsEventOf(...keys.map((key, i) => created(key, `8${i}`)));
      const { handle: overlapping } = overlappingPipeline(3);
      // Enough for one file, not for a second one sharing the CPU with it.
      const left = DEFAULT_LIMITS.maxFileMs + IO_SLACK_MS + DEFAULT_LIMITS.maxFileMs - 1;
      const context = { getRemainingTimeInMillis: () => left } as Context;

      const response = await overlapping(event, context);

      const ids = event.Records.map((r) => r.messageId);
      expect(response.batchItemFailures).toEqual([
        { itemIdentifier: ids[1] },
        { itemIdentifier: ids[2] },
      ]);
      expect(await recordOf(keys[0] ?? '')).toMatchObject({ status: 'ingested' });
      expect(await recordOf(keys[1] ?? '')).toBeNull();
    });

    it("gives each log line the keys of its own message, not a batch-mate's", async () => {
      const keys = ['first', 'second'].map((name) => `${prefix}/${name}.txt`);
      for (const key of keys) await pipeline.putObject(key, ARTICLE);
      const lines: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
      const logger = new Logger({ serviceName: 'ingest-test', logLevel: 'INFO' });
      const logged = createIngestHandler({ ...pipeline.deps, logger, messageConcurrency: 2 });
      const event = sqsEventOf(...keys.map((key, i) => created(key, `9${i}`)));

      await logged(event);
      vi.restoreAllMocks();

      const keyOf = new Map(event.Records.map((record, i) => [record.messageId, keys[i]]));
      const entries = lines.map((line) => JSON.parse(line));
      expect(entries).toHaveLength(2);
      for (const entry of entries) expect(entry.key).toBe(keyOf.get(entry.messageId));
    });
  });

  describe('logging', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('logs one structured line per object with its key, status and outcome', async () => {
      const key = `${prefix}/Tram + Hafen.txt`;
      await pipeline.putObject(key, ARTICLE);
      const lines: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
      const logger = new Logger({ serviceName: 'ingest-test', logLevel: 'INFO' });
      const logged = createIngestHandler({ ...pipeline.deps, logger });

      await logged(sqsEventOf(created(key, '13')));

      const entries = lines.map((line) => JSON.parse(line));
      expect(entries).toEqual([
        expect.objectContaining({
          level: 'INFO',
          message: 'object processed',
          key,
          status: 'ingested',
          outcome: 'written',
        }),
      ]);
    });
  });
});
