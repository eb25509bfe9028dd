export interface CreateEventFacts {
  bucket: string;
  region: string;
  /** The key as S3 writes it into notifications (see `encodeS3Key`). */
  encodedKey: string;
  sequencer: string;
  size?: number;
  eTag?: string;
}

/** An `ObjectCreated:Put` notification in the shape S3 records it (eventVersion 2.1). */
export const objectCreatedEvent = (facts: CreateEventFacts) => ({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: facts.region,
      eventTime: '2025-11-05T09:15:03.512Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDAE2EEXAMPLE' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'E2E0000000000001', 'x-amz-id-2': 'e2e' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'e2e-replay',
        bucket: {
          name: facts.bucket,
          ownerIdentity: { principalId: 'A3E2EEXAMPLE' },
          arn: `arn:aws:s3:::${facts.bucket}`,
        },
        object: {
          key: facts.encodedKey,
          size: facts.size ?? 0,
          eTag: facts.eTag ?? 'd41d8cd98f00b204e9800998ecf8427e',
          sequencer: facts.sequencer,
        },
      },
    },
  ],
});
