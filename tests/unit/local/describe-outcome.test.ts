import { describe, expect, it } from 'vitest';
import { buildS3Record } from '#local/s3-events/s3-record.ts';
import { describeOutcome, objectsOf } from '#local/stack/describe-outcome.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';

/** A body as the local bridge builds it, so it is what the function parses too. */
const notification = (key: string, eventName = 'ObjectCreated:Put') =>
  JSON.stringify({
    Records: [
      buildS3Record(
        { eventName, bucket: 'b', key, sequencer: '0A', eventTime: new Date(0) },
        'config',
        'us-east-1',
      ),
    ],
  });

const TEST_EVENT = JSON.stringify({
  Service: 'Amazon S3',
  Event: 's3:TestEvent',
  Time: '2025-01-01T00:00:00Z',
  Bucket: 'b',
});

const storeOf = (records: Record<string, Partial<ArticleRecord>>) => ({
  getRecord: async (articleId: string) => {
    const found = Object.values(records).find((r) => r.articleId === articleId);
    return (found as ArticleRecord | undefined) ?? null;
  },
});

describe('objectsOf', () => {
  it('names the decoded key and event of each record of a notification', () => {
    const objects = objectsOf({ messageId: 'm', body: notification('a b+.txt') });

    expect(objects).toEqual([
      {
        bucket: 'b',
        key: 'a b+.txt',
        eventName: 'ObjectCreated:Put',
        change: 'created',
        sequencer: '0A',
      },
    ]);
  });

  it('names the s3:TestEvent', () => {
    expect(objectsOf({ messageId: 'm', body: TEST_EVENT })).toMatchObject([
      { key: '(bucket test event)', eventName: 's3:TestEvent' },
    ]);
  });

  it('names nothing for a body the function would refuse', () => {
    expect(objectsOf({ messageId: 'm', body: 'not json' })).toEqual([]);
    expect(objectsOf({ messageId: 'm', body: '{"Records":[{"s3":{}}]}' })).toEqual([]);
  });
});

describe('describeOutcome', () => {
  const succeeded = (body: string) =>
    ({ messageId: 'm1', body, status: 'succeeded', receiveCount: 1 }) as const;

  it('says what record the function left, with a rejection reason', async () => {
    const store = storeOf({
      r: {
        articleId: articleIdFor('b', 'x.txt'),
        status: 'rejected',
        reason: 'empty',
        sequencerKey: sequencerKey('0A'),
      },
    });

    const lines = await describeOutcome(succeeded(notification('x.txt')), store);

    expect(lines).toEqual(['x.txt (ObjectCreated:Put) -> rejected (empty)']);
  });

  it('says stale when a newer event wrote the record, skipped when none did', async () => {
    const store = storeOf({
      newer: {
        articleId: articleIdFor('b', 'new.txt'),
        status: 'ingested',
        sequencerKey: sequencerKey('FF'),
      },
      older: {
        articleId: articleIdFor('b', 'old.txt'),
        status: 'ingested',
        sequencerKey: sequencerKey('01'),
      },
    });

    expect(await describeOutcome(succeeded(notification('new.txt')), store)).toEqual([
      'new.txt (ObjectCreated:Put) -> stale',
    ]);
    expect(await describeOutcome(succeeded(notification('old.txt')), store)).toEqual([
      'old.txt (ObjectCreated:Put) -> skipped (object missing)',
    ]);
    expect(
      await describeOutcome(succeeded(notification('old.txt', 'ObjectRemoved:Delete')), store),
    ).toEqual(['old.txt (ObjectRemoved:Delete) -> skipped (object still exists)']);
  });

  it('says skipped when there is no record, and ignored for the test event', async () => {
    const store = storeOf({});

    expect(await describeOutcome(succeeded(notification('y.txt')), store)).toEqual([
      'y.txt (ObjectCreated:Put) -> skipped (object missing)',
    ]);
    expect(await describeOutcome(succeeded(TEST_EVENT), store)).toEqual([
      '(bucket test event) (s3:TestEvent) -> ignored',
    ]);
  });

  it('gives the failure and the receive count of a failed message', async () => {
    const outcome = {
      messageId: 'm2',
      body: notification('z.txt'),
      status: 'failed',
      receiveCount: 2,
      error: 'timed out',
    } as const;

    const lines = await describeOutcome(outcome, storeOf({}));

    expect(lines).toEqual(['z.txt (ObjectCreated:Put) -> failed on receive 2: timed out']);
  });

  it('names the message alone when its body names no object', async () => {
    const lines = await describeOutcome(succeeded('garbage'), storeOf({}));

    expect(lines).toEqual(['message m1 -> succeeded']);
  });
});
