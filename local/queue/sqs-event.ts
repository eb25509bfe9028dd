import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { ReceivedMessage } from './local-queue.ts';

/** The sender S3 notifications carry (an AWS-internal principal; any fixed id will do). */
const S3_SENDER_ID = 'AIDAJHIPRHEMV73VRJEBU';

export interface QueueIdentity {
  arn: string;
  region: string;
}

/** One SQS record as the Lambda event source mapping delivers it. */
export const toSqsRecord = (message: ReceivedMessage, queue: QueueIdentity): SQSRecord => ({
  messageId: message.messageId,
  receiptHandle: message.receiptHandle,
  body: message.body,
  attributes: {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: String(message.sentTimestamp),
    SenderId: S3_SENDER_ID,
    ApproximateFirstReceiveTimestamp: String(
      message.firstReceiveTimestamp ?? message.sentTimestamp,
    ),
  },
  messageAttributes: {},
  md5OfBody: message.md5OfBody,
  eventSource: 'aws:sqs',
  eventSourceARN: queue.arn,
  awsRegion: queue.region,
});

export const toSqsEvent = (messages: ReceivedMessage[], queue: QueueIdentity): SQSEvent => ({
  Records: messages.map((message) => toSqsRecord(message, queue)),
});
