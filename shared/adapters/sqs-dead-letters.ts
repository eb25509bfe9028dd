import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListDeadLetterSourceQueuesCommand,
  ListMessageMoveTasksCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import {
  type DeadLetterQueue,
  moveMatchingMessages,
  type PassResult,
} from './sqs-dead-letter-pass.ts';
import { parseQueueArn, type QueueArn } from './sqs-queue-arn.ts';

/** One SQS message move task, as ListMessageMoveTasks reports it. */
export interface MoveTask {
  taskHandle?: string;
  /** RUNNING, COMPLETED, CANCELLING, CANCELLED or FAILED. */
  status: string;
  approximateMoved: number;
  approximateToMove?: number;
  failureReason?: string;
  /** ISO 8601. */
  startedAt?: string;
}

/** The queue is not a dead-letter queue this command can redrive. */
export class DeadLetterQueueError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeadLetterQueueError';
  }
}

export interface SqsDeadLetters {
  queue: DeadLetterQueue;
  /** ApproximateNumberOfMessages: the visible messages waiting in the dead-letter queue. */
  countMessages: () => Promise<number>;
  /** Starts an SQS message move task that returns every message to its source queue. */
  moveAll: () => Promise<{ taskHandle: string }>;
  /** The recent move tasks of this dead-letter queue, newest first. */
  listMoveTasks: () => Promise<MoveTask[]>;
  /** Moves (or with dryRun, counts) the messages naming a key that starts with `keyPrefix`. */
  moveMatching: (keyPrefix: string, options: { dryRun: boolean }) => Promise<PassResult>;
}

/** ListMessageMoveTasks returns at most 10; the latest few are what an operator needs. */
const MOVE_TASKS_LISTED = 10;
/** Asking for two source queues is enough to tell one from several. */
const SOURCES_ASKED = 2;

/**
 * An SQS client with credentials and endpoint (`AWS_ENDPOINT_URL_SQS`) from the usual AWS
 * environment; the region given (the queue's own) wins over the environment's.
 */
export const createSqsClient = (region: string | undefined): SQSClient =>
  new SQSClient(region === undefined ? {} : { region });

/**
 * Opens the dead-letter queue named by URL or ARN: finds its URL and ARN, and the one
 * queue that sends it failed messages (its redrive target).
 */
export const openSqsDeadLetters = async (
  client: SQSClient,
  queue: string,
): Promise<SqsDeadLetters> => {
  const resolved = await resolveDeadLetterQueue(client, queue);
  return {
    queue: resolved,
    countMessages: () => countMessages(client, resolved.url),
    moveAll: () => startMoveTask(client, resolved.arn),
    listMoveTasks: () => listMoveTasks(client, resolved.arn),
    moveMatching: (keyPrefix, { dryRun }) =>
      moveMatchingMessages(client, resolved, keyPrefix, dryRun),
  };
};

const resolveDeadLetterQueue = async (
  client: SQSClient,
  queue: string,
): Promise<DeadLetterQueue> => {
  const parsed = parseQueueArn(queue);
  const url = parsed ? await queueUrlOf(client, parsed) : queue;
  const arn = parsed ? queue : await queueArnOf(client, url);
  return { url, arn, sourceUrl: await sourceQueueOf(client, url) };
};

const queueUrlOf = async (client: SQSClient, arn: QueueArn): Promise<string> => {
  const { QueueUrl } = await client.send(
    new GetQueueUrlCommand({ QueueName: arn.name, QueueOwnerAWSAccountId: arn.accountId }),
  );
  if (!QueueUrl) throw new DeadLetterQueueError(`SQS returned no URL for queue ${arn.name}.`);
  return QueueUrl;
};

const queueArnOf = async (client: SQSClient, url: string): Promise<string> => {
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  const arn = Attributes?.QueueArn;
  if (!arn) throw new DeadLetterQueueError(`SQS returned no ARN for queue ${url}.`);
  return arn;
};

const sourceQueueOf = async (client: SQSClient, url: string): Promise<string> => {
  const { queueUrls = [] } = await client.send(
    new ListDeadLetterSourceQueuesCommand({ QueueUrl: url, MaxResults: SOURCES_ASKED }),
  );
  const [source] = queueUrls;
  if (source === undefined) {
    throw new DeadLetterQueueError(
      `${url} is not a dead-letter queue: no queue's redrive policy sends failed messages to it.`,
    );
  }
  if (queueUrls.length > 1) {
    throw new DeadLetterQueueError(
      `${url} is the dead-letter queue of several queues, so a moved message would have no one source to return to.`,
    );
  }
  return source;
};

const countMessages = async (client: SQSClient, url: string): Promise<number> => {
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages'],
    }),
  );
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
};

/** No DestinationArn: SQS returns each message to the queue it came from. */
const startMoveTask = async (client: SQSClient, arn: string): Promise<{ taskHandle: string }> => {
  const { TaskHandle } = await client.send(new StartMessageMoveTaskCommand({ SourceArn: arn }));
  if (!TaskHandle) throw new DeadLetterQueueError(`SQS started no move task for ${arn}.`);
  return { taskHandle: TaskHandle };
};

const listMoveTasks = async (client: SQSClient, arn: string): Promise<MoveTask[]> => {
  const { Results = [] } = await client.send(
    new ListMessageMoveTasksCommand({ SourceArn: arn, MaxResults: MOVE_TASKS_LISTED }),
  );
  return Results.map((task) => ({
    ...(task.TaskHandle !== undefined && { taskHandle: task.TaskHandle }),
    status: task.Status ?? 'UNKNOWN',
    approximateMoved: task.ApproximateNumberOfMessagesMoved ?? 0,
    ...(task.ApproximateNumberOfMessagesToMove !== undefined && {
      approximateToMove: task.ApproximateNumberOfMessagesToMove,
    }),
    ...(task.FailureReason !== undefined && { failureReason: task.FailureReason }),
    ...(task.StartedTimestamp !== undefined && {
      startedAt: new Date(task.StartedTimestamp).toISOString(),
    }),
  }));
};
