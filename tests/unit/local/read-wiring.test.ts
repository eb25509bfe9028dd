import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CfnTemplate, parseTemplate, TemplateError } from '#local/template/cfn.ts';
import { localNameFor } from '#local/template/local-name.ts';
import { readWiring } from '#local/template/read-wiring.ts';
import { resolveEnvironment } from '#local/template/resolve-env.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'ArticleIngest.template.json');
const loadFixture = (): CfnTemplate =>
  parseTemplate(JSON.parse(readFileSync(FIXTURE, 'utf8')), FIXTURE);
const withoutType = (template: CfnTemplate, type: string): CfnTemplate => ({
  Resources: Object.fromEntries(
    Object.entries(template.Resources).filter(([, resource]) => resource.Type !== type),
  ),
});

describe('readWiring', () => {
  it('names buckets after their logical ids and finds which one feeds the queue', () => {
    const wiring = readWiring(loadFixture(), '/out');

    expect(wiring.buckets.map((b) => b.name)).toEqual(['articles-bucket', 'content-bucket']);
    expect(wiring.articlesBucket).toMatchObject({ name: 'articles-bucket', versioned: true });
    expect(wiring.contentBucket?.name).toBe('content-bucket');
  });

  it("keeps only the notifications to the function's queue, with their filters", () => {
    const wiring = readWiring(loadFixture(), '/out');

    expect(wiring.notifications.map((n) => n.events)).toEqual([
      ['s3:ObjectCreated:*'],
      ['s3:ObjectRemoved:*'],
    ]);
    expect(wiring.notifications.every((n) => n.queueLogicalId === 'IngestQueue6D1F3B2A')).toBe(
      true,
    );
  });

  it('reads the queue settings and the dead-letter queue', () => {
    const wiring = readWiring(loadFixture(), '/out');

    expect(wiring.ingestQueue).toEqual({
      logicalId: 'IngestQueue6D1F3B2A',
      name: 'ingest-queue',
      visibilityTimeoutSeconds: 180,
      redrive: { deadLetterQueueLogicalId: 'DeadLetterQueue9F481546', maxReceiveCount: 5 },
    });
    expect(wiring.queues.DeadLetterQueue9F481546?.name).toBe('dead-letter-queue');
  });

  it('reads the function asset, handler and the event source settings', () => {
    const wiring = readWiring(loadFixture(), '/out');

    expect(wiring.fn).toMatchObject({
      assetDir: path.join(
        '/out',
        'asset.3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f',
      ),
      handlerModule: 'index',
      handlerExport: 'handler',
      timeoutSeconds: 30,
      memoryMb: 1024,
    });
    expect(wiring.eventSource).toEqual({
      queueLogicalId: 'IngestQueue6D1F3B2A',
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      reportBatchItemFailures: true,
      maxConcurrency: 5,
    });
  });

  it('reads the table key, indexes and stream', () => {
    const { table } = readWiring(loadFixture(), '/out');

    expect(table.name).toBe('articles-table');
    expect(table.keySchema).toEqual([{ AttributeName: 'articleId', KeyType: 'HASH' }]);
    expect(table.globalSecondaryIndexes.map((i) => i.IndexName)).toEqual([
      'byPublishedDate',
      'byPublisher',
      'byContentHash',
    ]);
    expect(table.streamViewType).toBe('NEW_AND_OLD_IMAGES');
  });

  it('resolves Refs and GetAtts of the environment to local names', () => {
    const wiring = readWiring(loadFixture(), '/out');

    const env = resolveEnvironment(wiring, {
      region: 'us-east-1',
      queueBaseUrl: 'http://x',
    });

    expect(env).toEqual({
      TABLE_NAME: 'articles-table',
      CONTENT_BUCKET: 'content-bucket',
      TABLE_ARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/articles-table',
      POWERTOOLS_SERVICE_NAME: 'ingest',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it.each([
    ['AWS::Lambda::EventSourceMapping', 'The template has no Lambda event source mapping.'],
    ['AWS::DynamoDB::Table', 'The template has no DynamoDB table.'],
    [
      'Custom::S3BucketNotifications',
      "No bucket notifies the function's queue IngestQueue6D1F3B2A.",
    ],
  ])('fails with one sentence when the template has no %s', (type, message) => {
    const template = withoutType(loadFixture(), type);

    const read = () => readWiring(template, '/out');

    expect(read).toThrow(TemplateError);
    expect(read).toThrow(message);
  });
});

describe('localNameFor', () => {
  it.each([
    ['ArticlesBucket0B6A8E4C', 'articles-bucket'],
    ['ArticlesBucket', 'articles-bucket'],
    ['IngestQueue', 'ingest-queue'],
    ['Q', 'q-local'],
  ])('turns %s into %s', (logicalId, name) => {
    expect(localNameFor(logicalId)).toBe(name);
  });
});
