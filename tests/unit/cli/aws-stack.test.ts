import { readFileSync } from 'node:fs';
import type { DescribeStacksCommandOutput } from '@aws-sdk/client-cloudformation';
import { describe, expect, it, vi } from 'vitest';
import { type DescribeStacks, deployedStackInfo, discoverStack } from '#local/cli/aws-stack.ts';
import { CliError } from '#local/cli/cli-error.ts';
import { runCliWith } from './run-cli.ts';

/** A DescribeStacks answer as the SDK returns it for a deployed ingest stack. */
const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/aws/describe-stacks.json', import.meta.url), 'utf8'),
) as DescribeStacksCommandOutput;

/** CloudFormation's SDK client stands in as a mock: no real CloudFormation runs in tests. */
const cloudFormationAnswering = (answer: () => Promise<unknown>): DescribeStacks => ({
  send: vi.fn(answer) as DescribeStacks['send'],
  config: { region: async () => 'eu-west-1' },
});

const withoutOutput = (name: string): DescribeStacksCommandOutput => {
  const [stack] = recorded.Stacks ?? [];
  const outputs = (stack?.Outputs ?? []).filter((output) => output.OutputKey !== name);
  return { ...recorded, Stacks: [{ ...stack, Outputs: outputs } as never] };
};

describe('finding a deployed stack from its CloudFormation outputs', () => {
  it('maps the outputs to the buckets, table and queues the commands use', async () => {
    // Arrange
    const cloudFormation = cloudFormationAnswering(async () => recorded);

    // Act
    const info = await discoverStack(cloudFormation, 'ArticleIngest');

    // Assert
    expect(info).toEqual({
      stackName: 'ArticleIngest',
      region: 'eu-west-1',
      articlesBucket: 'articleingest-articlesbucket-1q2w3e4r5t6y',
      contentBucket: 'articleingest-contentbucket-9o8i7u6y5t4r',
      tableName: 'ArticleIngest-ArticlesTable-7H8J9K0L1M2N',
      ingestQueueUrl:
        'https://sqs.eu-west-1.amazonaws.com/111122223333/ArticleIngest-IngestQueue-AbCdEf123456',
      deadLetterQueueUrl:
        'https://sqs.eu-west-1.amazonaws.com/111122223333/ArticleIngest-DeadLetterQueue-ZyXwVu654321',
    });
    expect(cloudFormation.send).toHaveBeenCalledWith(
      expect.objectContaining({ input: { StackName: 'ArticleIngest' } }),
    );
  });

  it('names the outputs a stack of another version lacks', () => {
    // Act
    const act = () => deployedStackInfo('Old', 'eu-west-1', withoutOutput('DeadLetterQueueUrl'));

    // Assert
    expect(act).toThrow(CliError);
    expect(act).toThrow(/has no output DeadLetterQueueUrl/);
  });

  it('refuses a stack that is being deleted', () => {
    // Arrange
    const [stack] = recorded.Stacks ?? [];
    const deleting = { Stacks: [{ ...stack, StackStatus: 'DELETE_IN_PROGRESS' } as never] };

    // Act / Assert
    expect(() => deployedStackInfo('Going', 'eu-west-1', deleting)).toThrow(/DELETE_IN_PROGRESS/);
  });

  it('says in one sentence that no stack has that name', async () => {
    // Arrange
    const missing = Object.assign(new Error('Stack with id Nope does not exist'), {
      name: 'ValidationError',
    });
    const cloudFormation = cloudFormationAnswering(async () => Promise.reject(missing));

    // Act
    const found = discoverStack(cloudFormation, 'Nope');

    // Assert
    await expect(found).rejects.toThrow('No stack named Nope, or these credentials cannot see it');
  });
});

describe('the --target option on the command line', () => {
  const connect = vi.fn(async () => {
    throw new Error('must not connect');
  });

  it.each([
    [['list', '--target', 'aws'], '--target aws needs --stack NAME.'],
    [['list', '--target', 'cloud'], "--target is local or aws, not 'cloud'."],
    [['list', '--stack', 'ArticleIngest'], '--stack and --region go with --target aws.'],
    [['list', '--target', 'aws', '--stack', '1bad'], 'is not a CloudFormation stack name'],
    [['list', '--target', 'aws', '--stack', 'S', '--data-dir', '/tmp'], 'local stack only'],
    [['replay', 'event.json', '--target', 'aws', '--stack', 'S'], 'local stack only'],
    [['failures', '--target', 'aws', '--stack', 'S'], "reads the local poller's"],
    [['put', 'a.txt', '--wait', '--target', 'aws', '--stack', 'S'], 'in the local stack only'],
  ])('%j is a usage error', async (argv, sentence) => {
    // Act
    const { code, err } = await runCliWith({ connect }, ...argv);

    // Assert
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(sentence);
    expect(connect).not.toHaveBeenCalled();
  });
});
