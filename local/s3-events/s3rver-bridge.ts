import { AsyncLocalStorage } from 'node:async_hooks';
import type S3rver from 's3rver';
import type { BucketWiring, NotificationWiring } from '../template/wiring.ts';
import { matchingNotifications } from './notification-filter.ts';
import { buildS3Record, type ObjectEvent, type S3NotificationRecord } from './s3-record.ts';
import type { Sequencer } from './sequencer.ts';

/** Node reports IPv4 peers on a dual-stack socket as `::ffff:a.b.c.d`. */
const IPV4_MAPPED = /^::ffff:/;

interface RequestFacts {
  method: string;
  multipartUploadId: boolean;
  ip: string;
}

export interface S3EventBridgeOptions {
  buckets: BucketWiring[];
  notifications: NotificationWiring[];
  sequencer: Sequencer;
  region: string;
  /** Called once per record, as S3 sends one record per message. */
  publish: (queueLogicalId: string, record: S3NotificationRecord) => void;
}

/**
 * Turns s3rver's own events (not real-shaped) into the records S3 sends. A Koa
 * middleware remembers each request, so a completed multipart upload (which s3rver
 * calls `Post`) can be told apart, and a delete on a versioned bucket is reported as
 * the delete marker S3 creates. Call `install` before the server listens.
 */
export const createS3EventBridge = (options: S3EventBridgeOptions) => {
  const requests = new AsyncLocalStorage<RequestFacts>();

  const eventNameFor = (s3rverName: string, bucket: string): string => {
    const request = requests.getStore();
    if (s3rverName === 'ObjectCreated:Post' && request?.multipartUploadId)
      return 'ObjectCreated:CompleteMultipartUpload';
    const versioned = options.buckets.find((b) => b.name === bucket)?.versioned;
    if (s3rverName === 'ObjectRemoved:Delete' && versioned)
      return 'ObjectRemoved:DeleteMarkerCreated';
    return s3rverName;
  };

  const onS3rverEvent = (event: Parameters<Parameters<S3rver['on']>[1]>[0]) => {
    for (const raw of event.Records) {
      const bucket = raw.s3.bucket.name;
      const objectEvent: ObjectEvent = {
        eventName: eventNameFor(raw.eventName, bucket),
        bucket,
        key: raw.s3.object.key,
        ...(Number.isFinite(raw.s3.object.size) ? { size: raw.s3.object.size } : {}),
        ...(raw.s3.object.eTag ? { eTag: raw.s3.object.eTag } : {}),
        sequencer: options.sequencer.next(),
        eventTime: new Date(raw.eventTime),
        sourceIp: (requests.getStore()?.ip ?? '127.0.0.1').replace(IPV4_MAPPED, ''),
      };
      const configs = matchingNotifications(
        options.notifications,
        bucket,
        objectEvent.key,
        objectEvent.eventName,
      );
      for (const config of configs)
        options.publish(
          config.queueLogicalId,
          buildS3Record(objectEvent, config.id, options.region),
        );
    }
  };

  return {
    install(server: S3rver) {
      server.middleware.unshift((ctx, next) =>
        requests.run(
          { method: ctx.method, multipartUploadId: ctx.query.uploadId !== undefined, ip: ctx.ip },
          next,
        ),
      );
      server.on('event', onS3rverEvent);
    },
  };
};
