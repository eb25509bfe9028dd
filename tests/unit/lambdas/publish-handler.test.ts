import { Logger } from '@aws-lambda-powertools/logger';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#lambdas/publish/config.ts';
import { createPublishHandler } from '#lambdas/publish/create-publish-handler.ts';
import { toItem } from '#shared/adapters/dynamo-record-item.ts';
import type { ChangeEvent } from '#shared/changes/change-event.ts';
import { ConfigError, InvalidEventError } from '#shared/domain/errors.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { removedRecord } from '#shared/pipeline/record-base.ts';
import { article, at, source } from '../changes/records.ts';

const image = (record: ArticleRecord) => marshall(toItem(record), { removeUndefinedValues: true });

/** A stream record as Lambda delivers it for a table with NEW_AND_OLD_IMAGES. */
const streamRecord = (
  sequenceNumber: string,
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  images: { old?: unknown; new?: unknown },
) => ({
  eventID: `e-${sequenceNumber}`,
  eventName,
  eventSource: 'aws:dynamodb',
  awsRegion: 'us-east-1',
  dynamodb: {
    SequenceNumber: sequenceNumber,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
    ...(images.old ? { OldImage: images.old } : {}),
    ...(images.new ? { NewImage: images.new } : {}),
  },
});

const handlerWithBus = () => {
  const taken: ChangeEvent[] = [];
  const handler = createPublishHandler({
    publisher: {
      maxBatch: 10,
      put: async (events) => events.map((event) => taken.push(event) > 0),
    },
    context: { tableName: 'ArticlesTable' },
    logger: new Logger({ serviceName: 'publish-test', logLevel: 'SILENT' }),
  });
  return { handler, taken };
};

describe('publish handler', () => {
  it('turns stream images into change events through the store decoder', async () => {
    const { handler, taken } = handlerWithBus();
    const first = article('01');
    const changed = article('02', { title: 'The ferry is back' });
    const tombstone = removedRecord(source('03'), at('2026-03-04T00:00:00Z'));

    const response = await handler({
      Records: [
        streamRecord('1', 'INSERT', { new: image(first) }),
        streamRecord('2', 'MODIFY', {
          old: image(first),
          new: image({ ...first, ingestedAt: 'x' }),
        }),
        streamRecord('3', 'MODIFY', { old: image(first), new: image(changed) }),
        streamRecord('4', 'MODIFY', { old: image(changed), new: image(tombstone) }),
      ],
    });

    expect(response).toEqual({ batchItemFailures: [] });
    expect(taken.map((event) => event.detailType)).toEqual([
      'ArticleIngested',
      'ArticleUpdated',
      'ArticleRemoved',
    ]);
  });

  it('reports the first image that is no record as the batch failure', async () => {
    const { handler, taken } = handlerWithBus();

    const response = await handler({
      Records: [
        streamRecord('1', 'INSERT', { new: image(article('01')) }),
        streamRecord('2', 'INSERT', { new: marshall({ articleId: 'x', status: 'ingested' }) }),
        streamRecord('3', 'INSERT', { new: image(article('03')) }),
      ],
    });

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(taken).toHaveLength(1);
  });

  it('rejects an event that is not a stream event', async () => {
    const { handler } = handlerWithBus();

    await expect(handler({ Records: [{ eventName: 'INSERT' }] })).rejects.toThrow(
      InvalidEventError,
    );
    await expect(handler({ records: [] })).rejects.toThrow(InvalidEventError);
  });
});

describe('publish config', () => {
  it('needs the bus and the table name', () => {
    expect(loadConfig({ EVENT_BUS_NAME: 'bus', TABLE_NAME: 't' })).toEqual({
      eventBusName: 'bus',
      tableName: 't',
    });
    expect(() => loadConfig({ TABLE_NAME: 't' })).toThrow(ConfigError);
  });
});
