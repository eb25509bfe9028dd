import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createSqsClient } from '#shared/adapters/sqs-dead-letters.ts';
import { describeAwsError } from './aws-errors.ts';
import { CliError } from './cli-error.ts';
import { requestControl, type StackClients } from './stack.ts';
import { isDeployedStack } from './stack-target.ts';

/** The health route still reports the queues when a part of the stack is down. */
const HEALTH_UNHEALTHY = 503;

export interface QueueDepths {
  /** Messages waiting in the ingest queue. */
  queued: number;
  /** Messages a function holds now (received, not yet deleted). */
  inFlight: number;
  /** Messages in the dead-letter queue. */
  deadLetters: number;
}

/** What SQS counts; "approximate" because SQS is distributed, as its console says too. */
const ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
] as const;

const count = (value: string | undefined): number => Number(value ?? 0) || 0;

/** A deployed stack's queues, by the URLs its outputs name. */
const awsDepths = async (region: string, ingest: string, dlq: string): Promise<QueueDepths> => {
  const sqs = createSqsClient(region);
  const attributesOf = async (queue: string) => {
    try {
      const answer = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: queue, AttributeNames: [...ATTRIBUTES] }),
      );
      return answer.Attributes ?? {};
    } catch (error) {
      throw describeAwsError(error, queue);
    }
  };
  try {
    const [main, dead] = await Promise.all([attributesOf(ingest), attributesOf(dlq)]);
    return {
      queued: count(main.ApproximateNumberOfMessages),
      inFlight: count(main.ApproximateNumberOfMessagesNotVisible),
      deadLetters: count(dead.ApproximateNumberOfMessages),
    };
  } finally {
    sqs.destroy();
  }
};

/** The ingest queue's depth and in-flight count and the dead-letter depth, on either stack. */
export const queueDepths = async ({ info }: StackClients): Promise<QueueDepths> => {
  if (isDeployedStack(info)) {
    return awsDepths(info.region, info.ingestQueueUrl, info.deadLetterQueueUrl);
  }
  // The local stack's health route reports its in-process queues, healthy (200) or not (503).
  const response = await requestControl(info, '/health');
  if (response.status !== 200 && response.status !== HEALTH_UNHEALTHY) {
    throw new CliError(`The stack refused GET /health (HTTP ${response.status}).`);
  }
  const health = (await response.json()) as {
    queueDepth?: number;
    inFlight?: number;
    dlqDepth?: number;
  };
  return {
    queued: health.queueDepth ?? 0,
    inFlight: health.inFlight ?? 0,
    deadLetters: health.dlqDepth ?? 0,
  };
};
