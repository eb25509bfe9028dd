import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { S3EventNotification } from '#shared/events/s3-event-schema.ts';
import { encodeS3Key } from '#shared/events/s3-key-encoding.ts';
import { TEST_BUCKETS } from '../global-setup.ts';

const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:123456789012:ArticleIngest-IngestQueue';

export interface ObjectEventInput {
  eventName: 'ObjectCreated:Put' | 'ObjectRemoved:Delete' | 'ObjectRemoved:DeleteMarkerCreated';
  key: string;
  sequencer: string;
  bucket?: string;
  size?: number;
}

/** One S3 notification as S3 writes it: the key encoded, the sequencer as given. */
export const s3Notification = (input: ObjectEventInput): S3EventNotification => ({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2025-11-05T09:14:03.512Z',
      eventName: input.eventName,
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'ArticlesBucketNotifications',
        bucket: {
          name: input.bucket ?? TEST_BUCKETS.articles,
          arn: `arn:aws:s3:::${input.bucket ?? TEST_BUCKETS.articles}`,
        },
        object: {
          key: encodeS3Key(input.key),
          sequencer: input.sequencer,
          ...(input.size !== undefined && { size: input.size }),
        },
      },
    },
  ],
});

/** An SQS record with `body` as its message body. */
export const sqsRecord = (body: string): SQSRecord => ({
  messageId: randomUUID(),
  receiptHandle: `handle-${randomUUID()}`,
  body,
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '1762334043552',
    SenderId: 'AIDAJHIPRHEMV73VRJEBU',
    ApproximateFirstReceiveTimestamp: '1762334043564',
  },
  messageAttributes: {},
  md5OfBody: createHash('md5').update(body).digest('hex'),
  eventSource: 'aws:sqs',
  eventSourceARN: QUEUE_ARN,
  awsRegion: 'eu-west-1',
});

/** An SQS event with one message per S3 event. */
export const sqsEventOf = (...inputs: ObjectEventInput[]): SQSEvent => ({
  Records: inputs.map((input) => sqsRecord(JSON.stringify(s3Notification(input)))),
});
