import * as z from 'zod/mini';

/**
 * The shapes S3 and SQS send, as documented in "Event message structure" (S3) and
 * "Using Lambda with Amazon SQS". Only what the pipeline reads is required; the rest is
 * optional so that a field S3 adds later does not fail a message.
 */

/** S3's sequencer: upper-case hex of varying length. */
const HEX = /^[0-9A-Fa-f]+$/;

export const S3EventRecordSchema = z.object({
  eventVersion: z.string(),
  eventSource: z.literal('aws:s3'),
  awsRegion: z.string(),
  eventTime: z.string(),
  /** Without the `s3:` prefix here, e.g. `ObjectCreated:Put`, `ObjectRemoved:Delete`. */
  eventName: z.string().check(z.minLength(1)),
  userIdentity: z.optional(z.object({ principalId: z.string() })),
  requestParameters: z.optional(z.object({ sourceIPAddress: z.string() })),
  responseElements: z.optional(z.record(z.string(), z.string())),
  s3: z.object({
    s3SchemaVersion: z.string(),
    configurationId: z.optional(z.string()),
    bucket: z.object({
      name: z.string().check(z.minLength(1)),
      ownerIdentity: z.optional(z.object({ principalId: z.string() })),
      arn: z.optional(z.string()),
    }),
    object: z.object({
      /** URL-encoded (form encoding): decode once with `decodeS3Key`. */
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.int().check(z.nonnegative())),
      eTag: z.optional(z.string()),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string().check(z.regex(HEX))),
    }),
  }),
});
export type S3EventRecord = z.infer<typeof S3EventRecordSchema>;

export const S3EventNotificationSchema = z.object({
  Records: z.array(S3EventRecordSchema).check(z.minLength(1)),
});
export type S3EventNotification = z.infer<typeof S3EventNotificationSchema>;

/** What S3 sends once when a notification configuration is saved. */
export const S3TestEventSchema = z.object({
  Service: z.literal('Amazon S3'),
  Event: z.literal('s3:TestEvent'),
  Time: z.string(),
  Bucket: z.string(),
  RequestId: z.optional(z.string()),
  HostId: z.optional(z.string()),
});
export type S3TestEvent = z.infer<typeof S3TestEventSchema>;

/** The message body of the ingest queue: a notification or the test event. */
export const QueueMessageBodySchema = z.union([S3TestEventSchema, S3EventNotificationSchema]);

export const SqsRecordSchema = z.object({
  messageId: z.string().check(z.minLength(1)),
  receiptHandle: z.string(),
  body: z.string(),
  attributes: z.object({
    ApproximateReceiveCount: z.string(),
    SentTimestamp: z.string(),
    SenderId: z.string(),
    ApproximateFirstReceiveTimestamp: z.string(),
  }),
  messageAttributes: z.record(z.string(), z.unknown()),
  md5OfBody: z.string(),
  eventSource: z.literal('aws:sqs'),
  eventSourceARN: z.string(),
  awsRegion: z.string(),
});
export type SqsRecord = z.infer<typeof SqsRecordSchema>;

export const SqsEventSchema = z.object({ Records: z.array(SqsRecordSchema) });
export type SqsEvent = z.infer<typeof SqsEventSchema>;
