import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import {
  Choice,
  Condition,
  DefinitionBody,
  DistributedMap,
  Fail,
  ItemBatcher,
  LogLevel,
  QueryLanguage,
  S3ObjectsItemReader,
  StateMachine,
  StateMachineType,
  Succeed,
} from 'aws-cdk-lib/aws-stepfunctions';
import { CallAwsService } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { SQS_BATCH_MAX } from '#shared/adapters/sqs-backfill-message.ts';
import { backfillEntriesExpression } from './backfill-template.ts';

/** `cdk deploy -c backfillStateMachine=true` adds the state machine. */
export const BACKFILL_STATE_MACHINE_CONTEXT_KEY = 'backfillStateMachine';

export const backfillRequested = (scope: Construct): boolean => {
  const flag: unknown = scope.node.tryGetContext(BACKFILL_STATE_MACHINE_CONTEXT_KEY);
  return flag === true || flag === 'true';
};

/**
 * Child workflows running at once, each sending one batch of ten: ~100 messages in flight,
 * far more than the function drains, so the run's length is the listing's.
 */
const MAP_CONCURRENCY = 10;
/** A standard workflow may run a year; a backfill of millions takes hours. */
const RUN_TIMEOUT = Duration.days(7);

export interface BackfillStateMachineProps {
  readonly bucket: IBucket;
  readonly queue: IQueue;
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * Backfill for archives of millions of objects, run on AWS rather than from a laptop:
 * a Distributed Map lists the bucket (under the execution input's `prefix`, if any) and
 * hands each batch of ten keys to a child workflow that sends them to the ingest queue in
 * one SQS SendMessageBatch, as the same S3-event-shaped messages with the lowest
 * sequencer that `article-ingest backfill` sends. Start it with
 * `aws stepfunctions start-execution --state-machine-arn ARN --input '{"prefix":"news/"}'`.
 */
export class BackfillStateMachine extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: BackfillStateMachineProps) {
    super(scope, id);
    const send = CallAwsService.jsonata(this, 'SendBatch', {
      service: 'sqs',
      action: 'sendMessageBatch',
      // SendMessageBatch is authorized as sqs:SendMessage.
      iamAction: 'sqs:SendMessage',
      iamResources: [props.queue.queueArn],
      parameters: { QueueUrl: props.queue.queueUrl, Entries: backfillEntriesExpression() },
    });
    // Throttling and other passing faults; a permanent one (access denied) fails after ~30 s.
    send.addRetry({
      errors: ['States.TaskFailed', 'States.Timeout'],
      interval: Duration.seconds(1),
      backoffRate: 2,
      maxAttempts: 5,
    });
    const allSent = Choice.jsonata(this, 'AllSent')
      .when(
        Condition.jsonata('{% $count($states.input.Failed) > 0 %}'),
        Fail.jsonata(this, 'SomeNotSent', {
          error: 'BackfillSendFailed',
          cause: 'SQS refused some messages of a batch; the backfill can be run again.',
        }),
      )
      .otherwise(new Succeed(this, 'Sent'));
    const map = DistributedMap.jsonata(this, 'ListAndEnqueue', {
      itemReader: new S3ObjectsItemReader({
        bucket: props.bucket,
        prefix: '{% $exists($states.input.prefix) ? $states.input.prefix : "" %}',
      }),
      itemBatcher: new ItemBatcher({
        maxItemsPerBatch: SQS_BATCH_MAX,
        batchInput: {
          bucket: props.bucket.bucketName,
          eventTime: '{% $states.context.Execution.StartTime %}',
        },
      }),
      maxConcurrency: MAP_CONCURRENCY,
      // Each child sends one batch in well under a second: express workflows cost least.
      mapExecutionType: StateMachineType.EXPRESS,
      label: 'Backfill',
    });
    map.itemProcessor(send.next(allSent));
    this.stateMachine = new StateMachine(this, 'BackfillStateMachine', {
      definitionBody: DefinitionBody.fromChainable(map),
      queryLanguage: QueryLanguage.JSONATA,
      timeout: RUN_TIMEOUT,
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'Logs', {
          retention: RetentionDays.ONE_MONTH,
          removalPolicy: props.logRemovalPolicy,
        }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });
  }
}
