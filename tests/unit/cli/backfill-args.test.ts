import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.ts';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/ArticleIngest-IngestQueue';
const USAGE_HINT = ' Run `article-ingest help` for usage.';

/** Every case fails on its command line, before a stack or an AWS client is reached. */
describe('article-ingest backfill: bad command lines', () => {
  beforeEach(() => {
    vi.stubEnv('AWS_ENDPOINT_URL_SQS', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL', undefined);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    [['--bucket', 'Not_A_Bucket'], "'Not_A_Bucket' is not an S3 bucket name."],
    [
      ['--manifest', 'inventory/manifest.json'],
      "--manifest wants the s3://BUCKET/KEY of a manifest.json, not 'inventory/manifest.json'.",
    ],
    [
      ['--queue-url', 'https://example.com/queue'],
      "'https://example.com/queue' is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).",
    ],
    [['--queue-url', QUEUE_URL], "'backfill' on AWS needs --bucket (or --manifest)."],
    [['--concurrency', '0'], '--concurrency wants a whole number >= 1, not 0.'],
    [['--concurrency', '1000'], '--concurrency wants at most 64, not 1000.'],
  ])('refuses %j with one sentence and exit 2', async (args, sentence) => {
    const { code, out, err } = await runCli('backfill', ...args);

    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(sentence);
  });

  it('escapes control characters of a bad bucket name in its message', async () => {
    const { code, err } = await runCli('backfill', '--bucket', 'a\u001b[31mb');

    expect(code).toBe(2);
    expect(err[0]).toBe(`'a\\x1b[31mb' is not an S3 bucket name.${USAGE_HINT}`);
  });

  it('refuses a positional argument', async () => {
    const { code } = await runCli('backfill', 'some-bucket');

    expect(code).toBe(2);
  });
});
