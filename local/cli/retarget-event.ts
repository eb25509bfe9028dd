import { createHash } from 'node:crypto';

/**
 * Points a recorded event at another bucket. Recorded events name the bucket they were
 * recorded in (events/ uses `test-articles`); on a laptop there is one articles bucket,
 * and an event naming a bucket that does not exist would only fail until it is
 * dead-lettered. Handles SQS events (the S3 notification inside each body), bare S3
 * notifications, s3:TestEvent, and arrays of those; anything else is returned as is.
 */
export const retargetBucket = (event: unknown, bucket: string): unknown => {
  if (Array.isArray(event)) return event.map((item) => retargetBucket(item, bucket));
  if (!isObject(event)) return event;
  if (event.Event === 's3:TestEvent') return { ...event, Bucket: bucket };
  if (!Array.isArray(event.Records)) return event;
  return { ...event, Records: event.Records.map((record) => retargetRecord(record, bucket)) };
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const retargetRecord = (record: unknown, bucket: string): unknown => {
  if (!isObject(record)) return record;
  if (record.eventSource === 'aws:sqs' && typeof record.body === 'string') {
    const body = retargetBody(record.body, bucket);
    if (body === undefined) return record;
    return { ...record, body, md5OfBody: createHash('md5').update(body, 'utf8').digest('hex') };
  }
  if (record.eventSource !== 'aws:s3' || !isObject(record.s3)) return record;
  const s3 = record.s3;
  const named = isObject(s3.bucket) ? s3.bucket : {};
  const target = { ...named, name: bucket, arn: `arn:aws:s3:::${bucket}` };
  return { ...record, s3: { ...s3, bucket: target } };
};

/** An SQS body is JSON text; one that is not JSON is left for the function to judge. */
const retargetBody = (body: string, bucket: string): string | undefined => {
  try {
    return JSON.stringify(retargetBucket(JSON.parse(body), bucket));
  } catch {
    return undefined;
  }
};
