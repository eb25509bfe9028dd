import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.ts';

const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:ArticleIngest-DeadLetterQueue';
const DLQ_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/ArticleIngest-DeadLetterQueue';
const USAGE_HINT = ' Run `article-ingest help` for usage.';

/** Every case fails on its command line, before any AWS client is built. */
describe('article-ingest redrive on AWS: bad command lines', () => {
  beforeEach(() => {
    vi.stubEnv('AWS_ENDPOINT_URL_SQS', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL', undefined);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['--dlq-arn', DLQ_ARN],
    ['--queue-url', DLQ_URL],
  ])(
    'refuses a failure reason as the filter of %s, which AWS cannot match',
    async (flag, queue) => {
      const { code, out, err } = await runCli('redrive', flag, queue, '--filter', 'timed out');

      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toEqual([
        `On AWS the dead-letter queue keeps no failure reason, so --filter is an object key prefix only, and 'timed out' (a space, no '/') reads as a reason.${USAGE_HINT}`,
      ]);
    },
  );

  it('refuses a queue URL on another endpoint when AWS_ENDPOINT_URL_SQS is not set', async () => {
    const url = 'http://127.0.0.1:4566/123456789012/ArticleIngest-DeadLetterQueue';

    const { code, err } = await runCli('redrive', '--queue-url', url);

    expect(code).toBe(2);
    expect(err).toEqual([
      `'${url}' is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).${USAGE_HINT}`,
    ]);
  });

  it('refuses a queue URL whose origin is not the AWS_ENDPOINT_URL_SQS one', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_SQS', 'http://127.0.0.1:4566');
    const url = 'http://127.0.0.1:9324/123456789012/ArticleIngest-DeadLetterQueue';

    const { code, err } = await runCli('redrive', '--queue-url', url);

    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining(`'${url}' is not an SQS queue URL`)]);
  });

  it('refuses an empty filter on AWS as it does locally', async () => {
    const { code, err } = await runCli('redrive', '--dlq-arn', DLQ_ARN, '--filter', ' ');

    expect(code).toBe(2);
    expect(err).toEqual([`--filter needs a key prefix or a failure reason.${USAGE_HINT}`]);
  });

  it('documents the AWS form in its help', async () => {
    const { code, out } = await runCli('help', 'redrive');

    expect(code).toBe(0);
    expect(out).toContain('--queue-url URL | --dlq-arn ARN [--filter KEY-PREFIX]');
    expect(out).toContain('AWS keeps no failure reason');
  });
});
