import type { DeadLetter } from '../../queue/dead-letters.ts';
import { parseCommandArgs } from '../args.ts';
import { usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { requestControlJson } from '../control-client.ts';
import { deadLetterLines } from '../dead-letter-lines.ts';
import { isSqsQueueUrl } from '../sqs-queue-url.ts';
import { isAwsTarget, isDeployedStack, type StackOptions } from '../stack-target.ts';

const options = {
  filter: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  'queue-url': { type: 'string' },
  'dlq-arn': { type: 'string' },
} as const;

const SQS_QUEUE_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}(\.fifo)?$/;
/** Failure reasons are phrases ("timed out"); keys the stack ingests are mostly paths. */
const SPACE = /\s/;

/** Where to redrive: the local stack, or an AWS dead-letter queue by URL or ARN. */
type Target = { kind: 'local' } | { kind: 'aws'; queue: string };

const targetOf = (values: StackOptions & { 'queue-url'?: string; 'dlq-arn'?: string }): Target => {
  const url = values['queue-url'];
  const arn = values['dlq-arn'];
  if (url !== undefined && arn !== undefined) {
    throw usageError("'redrive' takes --queue-url or --dlq-arn, not both.");
  }
  if (url !== undefined && !isSqsQueueUrl(url)) {
    throw usageError(
      `'${url}' is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).`,
    );
  }
  if (arn !== undefined && !SQS_QUEUE_ARN.test(arn)) {
    throw usageError(`'${arn}' is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME).`);
  }
  const queue = url ?? arn;
  if (queue !== undefined && isAwsTarget(values)) {
    throw usageError('--queue-url/--dlq-arn and --target aws both name the queue: give one.');
  }
  return queue === undefined ? { kind: 'local' } : { kind: 'aws', queue };
};

/**
 * On AWS the dead-letter queue keeps no failure reason (only the local poller records
 * one), so there --filter is a key prefix; one that reads as a reason is refused rather
 * than matching nothing in silence.
 */
const checkAwsFilter = (filter: string | undefined): void => {
  if (filter !== undefined && SPACE.test(filter) && !filter.includes('/')) {
    throw usageError(
      `On AWS the dead-letter queue keeps no failure reason, so --filter is an object key prefix only, and '${filter}' (a space, no '/') reads as a reason.`,
    );
  }
};

const redrivePath = (filter: string | undefined, dryRun: boolean): string => {
  const query = new URLSearchParams();
  if (filter !== undefined) query.set('filter', filter);
  if (dryRun) query.set('dryRun', '1');
  const search = query.toString();
  return `/dead-letters/redrive${search ? `?${search}` : ''}`;
};

const summary = (moved: DeadLetter[], dryRun: boolean): string => {
  const count = `${moved.length} message(s)`;
  return dryRun
    ? `Would move ${count} from the dead-letter queue to the ingest queue (dry run).`
    : `Moved ${count} from the dead-letter queue to the ingest queue.`;
};

export const redriveCommand: Command = {
  name: 'redrive',
  summary: 'Move dead-letter messages back to the ingest queue, all or those a filter picks',
  usage: `Usage: article-ingest redrive [--filter REASON|KEY-PREFIX] [--dry-run] [--json]
       article-ingest redrive --queue-url URL | --dlq-arn ARN [--filter KEY-PREFIX]
                              [--dry-run] [--json]

Moves messages from the dead-letter queue back to the ingest queue, where the function
processes them again (see \`failures\` first). Without --filter, every message moves.
  --filter F     only messages naming an object key that starts with F, or whose last
                 error contains F (case ignored), e.g. --filter news/2025/ or
                 --filter "timed out"
  --dry-run      list what would move; move nothing
  --json         { moved: [{ messageId, receiveCount, keys, lastError? }], dryRun }
  --queue-url URL, --dlq-arn ARN
                 redrive a deployed stack's dead-letter queue instead of the local one
                 (credentials from the AWS environment, region from the URL or ARN).
                 Without --filter, an SQS move task returns every message to its source
                 queue (--dry-run: the approximate count and recent move tasks). With
                 --filter, one bounded pass moves the messages naming a key that starts
                 with F and releases the rest at once; AWS keeps no failure reason, so F
                 is a key prefix only. --json adds kept and complete (or, without
                 --filter, gives approximateCount and taskHandle or moveTasks).
                 With --target aws --stack NAME, the stack's own dead-letter queue.`,
  options,
  run: async (argv, { connect, print }) => {
    const { values } = parseCommandArgs('redrive', argv, options, false);
    const { filter, json } = values;
    const dryRun = values['dry-run'];
    if (filter !== undefined && filter.trim() === '') {
      throw usageError('--filter needs a key prefix or a failure reason.');
    }
    const target = targetOf(values);
    const redriveAws = async (queue: string) => {
      checkAwsFilter(filter);
      const { runAwsRedrive } = await import('../aws-redrive.ts');
      return runAwsRedrive({ queue, filter, dryRun, json }, print);
    };
    if (target.kind === 'aws') return redriveAws(target.queue);
    const { info } = await connect(values);
    // A deployed stack found by --target aws: its dead-letter queue from the outputs.
    if (isDeployedStack(info)) return redriveAws(info.deadLetterQueueUrl);
    const answer = (await requestControlJson(info, 'POST', redrivePath(filter, dryRun))) as {
      moved: DeadLetter[];
      dryRun: boolean;
    };
    if (json) return print(JSON.stringify(answer, null, 2));
    print(summary(answer.moved, dryRun));
    for (const letter of answer.moved) for (const line of deadLetterLines(letter)) print(line);
  },
};
