import { InvalidEventError } from '../domain/errors.ts';
import type { ObjectChange, ObjectRef } from '../domain/object-ref.ts';
import {
  QueueMessageBodySchema,
  type S3EventNotification,
  type S3EventRecord,
} from './s3-event-schema.ts';
import { decodeS3Key } from './s3-key-encoding.ts';

/**
 * One queue message, parsed: the S3 test event (ignored), or the object changes it
 * carries. `ignoredEventNames` lists records of other types (e.g. `ObjectRestore:*`),
 * which are skipped rather than failed.
 */
export type QueueMessage =
  | { kind: 'test-event' }
  | { kind: 'notification'; refs: ObjectRef[]; ignoredEventNames: string[] };

const CREATED = /^ObjectCreated:/;
const REMOVED = /^ObjectRemoved:/;

const changeFor = (eventName: string): ObjectChange | undefined => {
  if (CREATED.test(eventName)) return 'created';
  if (REMOVED.test(eventName)) return 'removed';
  return undefined;
};

/**
 * Parses the body of one SQS message from the ingest queue. A body that is not JSON or
 * not an S3 notification throws `InvalidEventError`: the message then fails, is retried
 * and, after the queue's maxReceiveCount, lands in the dead-letter queue, where an
 * operator sees it. Nothing else could have sent it, so failing loudly is right.
 */
export const parseQueueMessage = (message: { messageId: string; body: string }): QueueMessage => {
  const body = parseJson(message);
  const parsed = QueueMessageBodySchema.safeParse(body);
  if (!parsed.success) {
    throw new InvalidEventError(
      `Message ${message.messageId} is not an S3 event notification: ${parsed.error.message}`,
      { cause: parsed.error },
    );
  }
  if ('Event' in parsed.data) return { kind: 'test-event' };
  return toNotification(parsed.data);
};

const parseJson = (message: { messageId: string; body: string }): unknown => {
  try {
    return JSON.parse(message.body);
  } catch (error) {
    throw new InvalidEventError(`Message ${message.messageId} body is not JSON`, { cause: error });
  }
};

const toNotification = (notification: S3EventNotification): QueueMessage => {
  const refs: ObjectRef[] = [];
  const ignoredEventNames: string[] = [];
  for (const record of notification.Records) {
    const change = changeFor(record.eventName);
    if (change) refs.push(toObjectRef(record, change));
    else ignoredEventNames.push(record.eventName);
  }
  return { kind: 'notification', refs, ignoredEventNames };
};

/** The one place an event becomes an `ObjectRef`: the key is decoded here and only here. */
export const toObjectRef = (record: S3EventRecord, change: ObjectChange): ObjectRef => {
  const { bucket, object } = record.s3;
  if (!object.sequencer) {
    throw new InvalidEventError(`${record.eventName} for ${object.key} has no sequencer`);
  }
  return {
    bucket: bucket.name,
    key: decodeS3Key(object.key),
    change,
    eventName: record.eventName,
    eventTime: record.eventTime,
    sequencer: object.sequencer,
    ...(object.versionId !== undefined && { versionId: object.versionId }),
    ...(object.eTag !== undefined && { eTag: object.eTag }),
    ...(object.size !== undefined && { size: object.size }),
  };
};
