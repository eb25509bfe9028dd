import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';

/**
 * The functions' wiring runs at import, so each case loads it afresh with the spy in
 * place. The spy calls through: with `AWS_EXECUTION_ENV` unset the Tracer is off and
 * hands the client back, so what it records is which clients the wiring passed in.
 */
describe("the functions' AWS clients are captured by the Tracer", () => {
  let capture: MockInstance<Tracer['captureAWSv3Client']>;
  const capturedClients = () => capture.mock.calls.map(([client]) => client);

  beforeEach(() => {
    vi.resetModules();
    capture = vi.spyOn(Tracer.prototype, 'captureAWSv3Client');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('TABLE_NAME', 'ArticlesTable');
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('ingest: the S3 and the DynamoDB client', async () => {
    vi.stubEnv('CONTENT_BUCKET_NAME', 'content');
    await import('#lambdas/ingest/deps.ts');

    const clients = capturedClients();
    expect(clients).toHaveLength(2);
    expect(clients.some((client) => client instanceof S3Client)).toBe(true);
    expect(clients.some((client) => client instanceof DynamoDBClient)).toBe(true);
  });

  it('publish: the EventBridge client', async () => {
    vi.stubEnv('EVENT_BUS_NAME', 'ArticleEvents');
    await import('#lambdas/publish/deps.ts');

    const clients = capturedClients();
    expect(clients).toHaveLength(1);
    expect(clients[0]).toBeInstanceOf(EventBridgeClient);
  });
});
