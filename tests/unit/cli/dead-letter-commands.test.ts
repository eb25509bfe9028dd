import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** Every case fails on its command line, before any stack is looked for. */
describe('article-ingest redrive and failures: bad command lines', () => {
  it.each([
    [['redrive', 'news/'], "'redrive' takes no arguments."],
    [['redrive', '--filter', ''], '--filter needs a key prefix or a failure reason.'],
    [['redrive', '--filter', '  '], '--filter needs a key prefix or a failure reason.'],
    [['redrive', '--dry-run=yes'], "Option '--dry-run' does not take an argument."],
    [['redrive', '--since', '1d'], "Unknown option '--since' for 'redrive'."],
    [
      [
        'redrive',
        '--queue-url',
        'https://sqs.eu-west-1.amazonaws.com/123456789012/Dlq',
        '--dlq-arn',
        'arn:aws:sqs:eu-west-1:123456789012:Dlq',
      ],
      "'redrive' takes --queue-url or --dlq-arn, not both.",
    ],
    [
      ['redrive', '--queue-url', 'http://example.com/queue'],
      "'http://example.com/queue' is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).",
    ],
    [
      ['redrive', '--dlq-arn', 'arn:aws:sns:eu-west-1:123456789012:Topic'],
      "'arn:aws:sns:eu-west-1:123456789012:Topic' is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME).",
    ],
    [['failures', 'now'], "'failures' takes no arguments."],
    [['failures', '--filter', 'news/'], "Unknown option '--filter' for 'failures'."],
  ])('exits 2 with one sentence for %j', async (argv, sentence) => {
    const { code, out, err } = await runCli(...argv);

    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toEqual([`${sentence} Run \`article-ingest help\` for usage.`]);
  });

  it('lists both commands in the general help', async () => {
    const { out } = await runCli('--help');

    expect(out).toMatch(/^ {2}failures /m);
    expect(out).toMatch(/^ {2}redrive /m);
  });
});
