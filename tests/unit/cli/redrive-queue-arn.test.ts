import { describe, expect, it } from 'vitest';
import { parseQueueArn, regionOfQueue } from '#shared/adapters/sqs-queue-arn.ts';

describe('SQS queue ARNs (redrive on AWS)', () => {
  it('splits an ARN into partition, region, account and queue name', () => {
    const parsed = parseQueueArn(
      'arn:aws:sqs:eu-west-1:123456789012:ArticleIngest-DeadLetterQueue',
    );

    expect(parsed).toEqual({
      partition: 'aws',
      region: 'eu-west-1',
      accountId: '123456789012',
      name: 'ArticleIngest-DeadLetterQueue',
    });
  });

  it('reads the partitions of China and GovCloud and FIFO queue names', () => {
    expect(parseQueueArn('arn:aws-cn:sqs:cn-north-1:123456789012:Dlq.fifo')).toMatchObject({
      partition: 'aws-cn',
      name: 'Dlq.fifo',
    });
    expect(parseQueueArn('arn:aws-us-gov:sqs:us-gov-west-1:123456789012:Dlq')?.region).toBe(
      'us-gov-west-1',
    );
  });

  it.each([
    ['another service', 'arn:aws:sns:eu-west-1:123456789012:Topic'],
    ['a short account id', 'arn:aws:sqs:eu-west-1:12345:Dlq'],
    ['a name with a slash', 'arn:aws:sqs:eu-west-1:123456789012:a/b'],
    ['a name over 80 characters', `arn:aws:sqs:eu-west-1:123456789012:${'q'.repeat(81)}`],
    ['trailing text', 'arn:aws:sqs:eu-west-1:123456789012:Dlq extra'],
    ['a URL', 'https://sqs.eu-west-1.amazonaws.com/123456789012/Dlq'],
  ])('is undefined for %s', (_, text) => {
    expect(parseQueueArn(text)).toBeUndefined();
  });

  it('finds the region in an ARN or an AWS queue URL, not in another endpoint’s URL', () => {
    expect(regionOfQueue('arn:aws:sqs:ap-southeast-2:123456789012:Dlq')).toBe('ap-southeast-2');
    expect(regionOfQueue('https://sqs.us-east-2.amazonaws.com/123456789012/Dlq')).toBe('us-east-2');
    expect(regionOfQueue('http://127.0.0.1:4566/123456789012/Dlq')).toBeUndefined();
  });
});
