import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const STORY =
  'date 2025-11-05 The island ferry sailed again on Tuesday after dredgers cleared the harbour.\n\n' +
  'The operator added an evening crossing until the freight backlog is carried.\n';
const OTHER_STORY =
  'date 2025-11-06 The council approved a new footbridge over the river on Thursday.\n\n' +
  'Work is due to start in the spring and last about a year.\n';

/**
 * The copies of an original (`duplicateOf`) through the real pipeline and DynamoDB Local:
 * an original written on day 1, copies on days 2 and 3, then the original changes or goes.
 */
describe('copies re-pointed when their original changes or goes', () => {
  let pipeline: TestPipeline;
  let prefix: string;

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    prefix = uniqueName('repoint');
  });

  const key = (name: string) => `${prefix}/${name}.txt`;
  const ref = (name: string, sequencer: string, change: ObjectRef['change'] = 'created') => ({
    bucket: TEST_BUCKETS.articles,
    key: key(name),
    change,
    eventName: change === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:DeleteMarkerCreated',
    eventTime: '2025-11-05T09:14:03.512Z',
    sequencer,
  });
  /** Ingests one change on day `day`. */
  const ingest = (name: string, sequencer: string, day: number, change?: ObjectRef['change']) =>
    ingestObject(ref(name, sequencer, change), {
      ...pipeline.deps,
      now: () => new Date(Date.UTC(2025, 10, day, 12)),
    });
  const upload = (name: string, body = STORY) => pipeline.putObject(key(name), body);
  const remove = (name: string) =>
    pipeline.clients.s3.send(
      new DeleteObjectCommand({ Bucket: TEST_BUCKETS.articles, Key: key(name) }),
    );
  const ids: Record<string, string> = {};
  const record = async (name: string) =>
    (await pipeline.deps.store.getRecord(ids[name] ?? '')) as IngestedRecord | null;
  /** Where each named record points now: its duplicateOf's name, or null for an original. */
  const pointers = async (...names: string[]) => {
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    const result: Record<string, string | null> = {};
    for (const name of names) {
      const duplicateOf = (await record(name))?.duplicateOf;
      result[name] = duplicateOf === undefined ? null : (byId[duplicateOf] ?? duplicateOf);
    }
    return result;
  };

  const originalAndTwoCopies = async () => {
    for (const name of ['original', 'first-copy', 'second-copy']) await upload(name);
    ids.original = (await ingest('original', '10', 1)).articleId ?? '';
    ids['first-copy'] = (await ingest('first-copy', '10', 2)).articleId ?? '';
    ids['second-copy'] = (await ingest('second-copy', '10', 3)).articleId ?? '';
    expect(await pointers('first-copy', 'second-copy')).toEqual({
      'first-copy': 'original',
      'second-copy': 'original',
    });
  };

  it('promotes the earliest copy when the original is overwritten with other text', async () => {
    await originalAndTwoCopies();
    await upload('original', OTHER_STORY);

    await ingest('original', '11', 4);

    expect(await pointers('original', 'first-copy', 'second-copy')).toEqual({
      original: null,
      'first-copy': null,
      'second-copy': 'first-copy',
    });
    expect((await record('first-copy'))?.updatedAt).toBe('2025-11-04T12:00:00.000Z');
  });

  it('promotes the earliest copy when the original is deleted, and a re-run changes nothing', async () => {
    await originalAndTwoCopies();
    await remove('original');

    const removal = await ingest('original', '11', 4, 'removed');
    const before = [await record('first-copy'), await record('second-copy')];
    const rerun = await ingest('original', '11', 5, 'removed');

    expect([removal.outcome, rerun.outcome]).toEqual(['written', 'stale']);
    expect(await pointers('first-copy', 'second-copy')).toEqual({
      'first-copy': null,
      'second-copy': 'first-copy',
    });
    expect([await record('first-copy'), await record('second-copy')]).toEqual(before);
  });

  it('keeps the copies true whatever order the original’s events arrive in', async () => {
    await originalAndTwoCopies();
    await remove('original');

    // The removal (11) first; then a late create of the original (10, its bytes back in
    // the bucket) and a repeat of a copy's create: neither may undo the re-pointing.
    await ingest('original', '11', 4, 'removed');
    await upload('original');
    const late = await ingest('original', '10', 5);
    const repeat = await ingest('second-copy', '10', 6);

    expect(repeat.outcome).toBe('stale');
    expect(late.outcome).toBe('stale');
    expect((await record('original'))?.status).toBe('removed');
    expect(await pointers('first-copy', 'second-copy')).toEqual({
      'first-copy': null,
      'second-copy': 'first-copy',
    });
  });

  it('moves the copies again when the promoted copy goes in its turn', async () => {
    await originalAndTwoCopies();
    await upload('third-copy');
    ids['third-copy'] = (await ingest('third-copy', '10', 4)).articleId ?? '';
    await remove('original');
    await ingest('original', '11', 5, 'removed');
    await upload('first-copy', OTHER_STORY);

    await ingest('first-copy', '11', 6);

    expect(await pointers('first-copy', 'second-copy', 'third-copy')).toEqual({
      'first-copy': null,
      'second-copy': null,
      'third-copy': 'second-copy',
    });
  });

  it('keeps firstIngestedAt across an overwrite while ingestedAt moves on', async () => {
    await upload('original');
    ids.original = (await ingest('original', '10', 1)).articleId ?? '';
    await upload('original', OTHER_STORY);

    await ingest('original', '11', 4);

    expect(await record('original')).toMatchObject({
      ingestedAt: '2025-11-04T12:00:00.000Z',
      firstIngestedAt: '2025-11-01T12:00:00.000Z',
    });
  });
});
