import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  type TableIndex,
} from '#shared/domain/table-design.ts';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import { propertiesOf, resourceById } from './template-queries.ts';

const DATA_BUCKETS = ['ArticlesBucket', 'ContentBucket'] as const;
const ALL_BUCKETS = [...DATA_BUCKETS, 'AccessLogsBucket'] as const;

let synth: SynthResult;
beforeAll(() => {
  synth = synthIngestStack();
});
afterAll(() => synth.dispose());

describe('the buckets', () => {
  it.each(ALL_BUCKETS)('makes %s versioned, SSE-S3 encrypted and fully private', (bucketId) => {
    const props = propertiesOf(synth.template, bucketId);

    expect(props.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(props.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
      ],
    });
    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it.each(ALL_BUCKETS)('denies every request to %s that is not over TLS', (bucketId) => {
    synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it.each(DATA_BUCKETS)('sends the server access logs of %s to AccessLogsBucket', (bucketId) => {
    const props = propertiesOf(synth.template, bucketId);

    expect(props.LoggingConfiguration).toMatchObject({
      DestinationBucketName: { Ref: 'AccessLogsBucket' },
    });
  });

  it.each(ALL_BUCKETS)('retains %s and its data when the stack is deleted by default', (id) => {
    const bucket = resourceById(synth.template, id);

    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    synth.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('configures no notifications on ContentBucket, so the pipeline never triggers itself', () => {
    const notifications = synth.template.findResources('Custom::S3BucketNotifications');
    const targets = Object.values(notifications).map((r) => r.Properties.BucketName);

    expect(propertiesOf(synth.template, 'ContentBucket').NotificationConfiguration).toBeUndefined();
    expect(targets).toEqual([{ Ref: 'ArticlesBucket' }]);
  });
});

describe('ArticlesTable', () => {
  it('is keyed by the shared partition key, on demand, with PITR and AWS-managed SSE', () => {
    const props = propertiesOf(synth.template, 'ArticlesTable');

    expect(props.KeySchema).toEqual([{ AttributeName: TABLE_PARTITION_KEY, KeyType: 'HASH' }]);
    expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    expect(props.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(props.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('streams new and old images for downstream consumers', () => {
    const props = propertiesOf(synth.template, 'ArticlesTable');

    expect(props.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it('has one string-keyed index per entry of TABLE_INDEXES, projecting what its reader needs', () => {
    const props = propertiesOf(synth.template, 'ArticlesTable');
    const expected = Object.entries(TABLE_INDEXES).map(
      ([indexName, index]: [string, TableIndex]) => ({
        IndexName: indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          ...(index.sortKey ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' }] : []),
        ],
        Projection:
          index.projected.length > 0
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projected] }
            : { ProjectionType: 'KEYS_ONLY' },
      }),
    );

    expect(props.GlobalSecondaryIndexes).toEqual(expected);
    expect(props.AttributeDefinitions).toEqual(
      expect.arrayContaining(
        [
          'dayShard',
          'publisherShard',
          'publishedOrder',
          'contentKey',
          'contentHash',
          'fingerprintBand1',
          'fingerprintBand3',
          'nearOriginalId',
        ].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
      ),
    );
    expect(Object.keys(TABLE_INDEXES)).toEqual([
      'byPublishedDateV2',
      'byPublisherV2',
      'byContent',
      'byFingerprintBand1',
      'byFingerprintBand2',
      'byFingerprintBand3',
      'byNearOriginal',
    ]);
  });

  it('projects no index fully: neither the body nor the annotations are copied', () => {
    const indexes = propertiesOf(synth.template, 'ArticlesTable').GlobalSecondaryIndexes as {
      Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
    }[];

    for (const { Projection } of indexes) {
      expect(Projection.ProjectionType).not.toBe('ALL');
      expect(Projection.NonKeyAttributes ?? []).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(body|sections|entities|quotes)$/)]),
      );
    }
  });

  it('sorts the day and publisher indexes by publication order and shards their keys', () => {
    const indexes = propertiesOf(synth.template, 'ArticlesTable').GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: { AttributeName: string; KeyType: string }[];
    }[];
    const keysOf = (name: string) => indexes.find((i) => i.IndexName === name)?.KeySchema;

    expect(keysOf('byPublishedDateV2')).toEqual([
      { AttributeName: 'dayShard', KeyType: 'HASH' },
      { AttributeName: 'publishedOrder', KeyType: 'RANGE' },
    ]);
    expect(keysOf('byPublisherV2')).toEqual([
      { AttributeName: 'publisherShard', KeyType: 'HASH' },
      { AttributeName: 'publishedOrder', KeyType: 'RANGE' },
    ]);
    expect(keysOf('byContent')).toEqual([
      { AttributeName: 'contentKey', KeyType: 'HASH' },
      { AttributeName: 'contentHash', KeyType: 'RANGE' },
    ]);
  });

  it('is retained with its data when the stack is deleted by default', () => {
    const table = resourceById(synth.template, 'ArticlesTable');

    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});
