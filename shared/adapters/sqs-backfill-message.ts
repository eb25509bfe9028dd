import type { S3EventNotification, S3EventRecord } from '../events/s3-event-schema.ts';
import { encodeS3Key } from '../events/s3-key-encoding.ts';

/**
 * The queue message a backfill sends for an object that already exists: an S3 event
 * notification of the shape S3 itself sends, so the ingest function parses and handles
 * it like any upload.
 *
 * Its sequencer is the lowest S3 could ever send ("0", 32 zeros once padded by
 * `sequencerKey`), so a backfill loses to every real event of the same key, whichever
 * arrives first: a record a real upload or delete wrote is never replaced (the backfill's
 * write is `stale`), a repeated backfill finds its own sequencer stored and writes
 * nothing, and a live event after a backfill always overwrites it. It names no version:
 * the function reads the object's current version, and an object deleted since the
 * listing is not there to read (`skipped`), so its removal's own event decides.
 */
export const BACKFILL_SEQUENCER = '0';
/** `ObjectCreated:` makes it a creation for the parser; the suffix marks it in the logs. */
export const BACKFILL_EVENT_NAME = 'ObjectCreated:Backfill';
/** Who the record says sent it (S3 puts the uploader's principal here). */
export const BACKFILL_PRINCIPAL = 'article-ingest-backfill';
/** The most messages one SQS SendMessageBatch takes. */
export const SQS_BATCH_MAX = 10;

/** One existing object, as a listing or an S3 Inventory report names it (key decoded). */
export interface ListedObject {
  key: string;
  size?: number;
  eTag?: string;
  /**
   * The sequencer to send instead of the lowest (`reprocess` sends one just above the
   * stored record's, so the record is rebuilt and a later real event still wins).
   */
  sequencer?: string;
}

/** The S3 event record of a backfill of one object of `bucket`. */
export const backfillRecord = (
  bucket: string,
  object: ListedObject,
  eventTime: string,
): S3EventRecord => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  awsRegion: '',
  eventTime,
  eventName: BACKFILL_EVENT_NAME,
  userIdentity: { principalId: BACKFILL_PRINCIPAL },
  s3: {
    s3SchemaVersion: '1.0',
    configurationId: 'backfill',
    bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
    object: {
      key: encodeS3Key(object.key),
      sequencer: object.sequencer ?? BACKFILL_SEQUENCER,
      ...(object.size !== undefined && { size: object.size }),
      ...(object.eTag !== undefined && { eTag: object.eTag }),
    },
  },
});

/** One message body per object, as S3 sends one record per message. */
export const backfillMessageBody = (
  bucket: string,
  object: ListedObject,
  eventTime: string,
): string => {
  const notification: S3EventNotification = {
    Records: [backfillRecord(bucket, object, eventTime)],
  };
  return JSON.stringify(notification);
};
