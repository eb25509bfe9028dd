import { randomBytes } from 'node:crypto';
import { encodeS3Key } from '#shared/events/s3-key-encoding.ts';

/** One S3 notification record, shaped as S3 sends it (eventVersion 2.1). */
export interface S3NotificationRecord {
  eventVersion: '2.1';
  eventSource: 'aws:s3';
  awsRegion: string;
  eventTime: string;
  eventName: string;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
  s3: {
    s3SchemaVersion: '1.0';
    configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size?: number; eTag?: string; versionId?: string; sequencer: string };
  };
}

/** What happened to which object, before encoding. */
export interface ObjectEvent {
  eventName: string;
  bucket: string;
  /** The key as stored (decoded). */
  key: string;
  size?: number;
  eTag?: string;
  sequencer: string;
  eventTime: Date;
  sourceIp?: string;
}

/** The principal local events are attributed to (AWS's own examples use `EXAMPLE`). */
const LOCAL_PRINCIPAL = 'AWS:LOCALSTACKUSER';
const LOCAL_OWNER = 'LOCALOWNER';

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

/** Builds the record S3 would send for `event` under one notification configuration. */
export const buildS3Record = (
  event: ObjectEvent,
  configurationId: string,
  region: string,
): S3NotificationRecord => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  awsRegion: region,
  eventTime: event.eventTime.toISOString(),
  eventName: event.eventName,
  userIdentity: { principalId: LOCAL_PRINCIPAL },
  requestParameters: { sourceIPAddress: event.sourceIp ?? '127.0.0.1' },
  responseElements: {
    'x-amz-request-id': hex(8),
    'x-amz-id-2': randomBytes(48).toString('base64'),
  },
  s3: {
    s3SchemaVersion: '1.0',
    configurationId,
    bucket: {
      name: event.bucket,
      ownerIdentity: { principalId: LOCAL_OWNER },
      arn: `arn:aws:s3:::${event.bucket}`,
    },
    object: {
      key: encodeS3Key(event.key),
      ...(event.size !== undefined ? { size: event.size } : {}),
      ...(event.eTag ? { eTag: event.eTag } : {}),
      sequencer: event.sequencer,
    },
  },
});
