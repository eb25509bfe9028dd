import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '#local/emulators/dynamodb-local.ts';
import { startS3Server } from '#local/emulators/s3-server.ts';

/** Buckets every integration test may use; tests keep apart by key prefix or table name. */
export const TEST_BUCKETS = { articles: 'test-articles', content: 'test-content' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
  }
}

/** Starts DynamoDB Local (in memory) and the S3-compatible server once per test run. */
export default async function setup(project: TestProject) {
  const s3Dir = mkdtempSync(path.join(tmpdir(), 'article-ingest-s3-'));
  const [dynamo, s3] = await Promise.all([
    startDynamoDbLocal(),
    startS3Server({ directory: s3Dir, buckets: Object.values(TEST_BUCKETS) }),
  ]);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  return async () => {
    await Promise.all([dynamo.stop(), s3.stop()]);
    rmSync(s3Dir, { recursive: true, force: true });
  };
}
