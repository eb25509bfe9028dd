import type { PassResult } from '#shared/adapters/sqs-dead-letter-pass.ts';
import {
  createSqsClient,
  type MoveTask,
  openSqsDeadLetters,
  type SqsDeadLetters,
} from '#shared/adapters/sqs-dead-letters.ts';
import { regionOfQueue } from '#shared/adapters/sqs-queue-arn.ts';
import { printable } from '../command-line/printable.ts';
import { describeAwsError } from './aws-errors.ts';
import { deadLetterLines } from './dead-letter-lines.ts';

export interface AwsRedriveOptions {
  /** The dead-letter queue's URL or ARN, already checked for shape. */
  queue: string;
  /** A key prefix; without it, everything moves through an SQS move task. */
  filter: string | undefined;
  dryRun: boolean;
  json: boolean;
}

type Print = (line: string) => void;

const passSummary = ({ moved, kept, dryRun }: PassResult): string => {
  const count = `${moved.length} message(s)`;
  const rest = `; ${kept} other(s) stay in the dead-letter queue.`;
  return dryRun
    ? `Would move ${count} from the dead-letter queue to the ingest queue (dry run)${rest}`
    : `Moved ${count} from the dead-letter queue to the ingest queue${rest}`;
};

const printPass = (result: PassResult, json: boolean, print: Print) => {
  if (json) return print(JSON.stringify(result, null, 2));
  print(passSummary(result));
  for (const message of result.moved) for (const line of deadLetterLines(message)) print(line);
  if (!result.complete) {
    print('The pass stopped at its bound before it saw every message: run it again for the rest.');
  }
};

const taskLine = (task: MoveTask): string => {
  const total = task.approximateToMove === undefined ? '' : ` of ${task.approximateToMove}`;
  const started = task.startedAt === undefined ? '' : `  started ${task.startedAt}`;
  const why = task.failureReason === undefined ? '' : `  ${printable(task.failureReason)}`;
  return `  move task ${task.status}  moved ${task.approximateMoved}${total}${started}${why}`;
};

/** Without a filter: a dry run reports what waits and the recent move tasks; else starts one. */
const redriveAll = async (dlq: SqsDeadLetters, dryRun: boolean, json: boolean, print: Print) => {
  const approximateCount = await dlq.countMessages();
  const where = `from ${printable(dlq.queue.url)} to ${printable(dlq.queue.sourceUrl)}`;
  if (dryRun) {
    const moveTasks = await dlq.listMoveTasks();
    if (json) return print(JSON.stringify({ dryRun, approximateCount, moveTasks }, null, 2));
    print(`Would move about ${approximateCount} message(s) ${where} (dry run).`);
    for (const task of moveTasks) print(taskLine(task));
    return;
  }
  const { taskHandle } = await dlq.moveAll();
  if (json) return print(JSON.stringify({ dryRun, approximateCount, taskHandle }, null, 2));
  print(`Started an SQS move task for about ${approximateCount} message(s) ${where}.`);
  print('  `redrive --dry-run` with the same queue shows its progress.');
};

/**
 * `redrive` on a deployed stack: region from the queue's ARN or URL when it names one,
 * credentials and endpoint (AWS_ENDPOINT_URL_SQS) from the usual AWS environment.
 */
export const runAwsRedrive = async (options: AwsRedriveOptions, print: Print): Promise<void> => {
  const { queue, filter, dryRun, json } = options;
  const client = createSqsClient(regionOfQueue(queue));
  try {
    const dlq = await openSqsDeadLetters(client, queue);
    if (filter === undefined) return await redriveAll(dlq, dryRun, json, print);
    printPass(await dlq.moveMatching(filter, { dryRun }), json, print);
  } catch (error) {
    throw describeAwsError(error, queue);
  } finally {
    client.destroy();
  }
};
