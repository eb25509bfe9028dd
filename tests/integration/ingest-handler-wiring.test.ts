import { readFileSync } from 'node:fs';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { TEST_BUCKETS } from './global-setup.ts';
import { FIXTURE_OBJECTS, PLAIN_KEY } from './support/fixture-objects.ts';
import { createTestPipeline } from './support/test-deps.ts';

/**
 * The deployed handler module, wired from the environment alone, as the local stack
 * runs it: endpoints through AWS_ENDPOINT_URL_*, no local-only code.
 */
describe('handler.ts wired from the environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('ingests a sample event through the HTTP clients built from the environment', async () => {
    const pipeline = await createTestPipeline();
    await pipeline.putObject(PLAIN_KEY, FIXTURE_OBJECTS[PLAIN_KEY] ?? '');
    const env = {
      TABLE_NAME: pipeline.tableName,
      CONTENT_BUCKET_NAME: TEST_BUCKETS.content,
      AWS_ENDPOINT_URL_S3: inject('s3Endpoint'),
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const event: SQSEvent = JSON.parse(
      readFileSync(new URL('../../events/object-created-plain-key.json', import.meta.url), 'utf8'),
    );

    const { handler } = await import('#lambdas/ingest/handler.ts');
    const response = await handler(event);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(await pipeline.queries.getRecordByKey(TEST_BUCKETS.articles, PLAIN_KEY)).toMatchObject({
      status: 'ingested',
    });
  });

  it.each(['TABLE_NAME', 'CONTENT_BUCKET_NAME'])(
    'fails at load, naming %s, when it is missing',
    async (missing) => {
      vi.stubEnv('TABLE_NAME', 'articles');
      vi.stubEnv('CONTENT_BUCKET_NAME', TEST_BUCKETS.content);
      vi.stubEnv(missing, '');

      await expect(import('#lambdas/ingest/handler.ts')).rejects.toThrow(
        `Environment variable ${missing} is required`,
      );
    },
  );
});
