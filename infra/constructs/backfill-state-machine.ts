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
  type IChainable,
  ItemBatcher,
  LogLevel,
  QueryLanguage,
  S3ManifestItemReader,
  S3ObjectsItemReader,
  StateMachine,
  StateMachineType,
  Succeed,
} from 'aws-cdk-lib/aws-stepfunctions';
import { CallAwsService } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { SQS_BATCH_MAX } from '#shared/adapters/sqs-backfill-message.ts';
import {
  inventoryBucket,
  inventoryBucketName,
  readableManifest,
  unreadableManifestCause,
} from './backfill-inventory.ts';
import {
  backfillEntriesExpression,
  type ItemFields,
  inventoryRow,
  itemsToSendExpression,
  LISTED_OBJECT,
} from './backfill-template.ts';

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
 * a Distributed Map lists the bucket (under the execution input's `prefix`, if any) or,
 * given `{"manifest": {"bucket", "key"}}`, reads the CSV files of an S3 Inventory report
 * of it, and hands each batch of ten objects to a child workflow that sends them to the
 * ingest queue in one SQS SendMessageBatch, as the same S3-event-shaped messages with the
 * lowest sequencer that `article-ingest backfill` sends. Start it with
 * `aws stepfunctions start-execution --state-machine-arn ARN --input '{"prefix":"news/"}'`.
 */
export class BackfillStateMachine extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: BackfillStateMachineProps) {
    super(scope, id);
    const listing = DistributedMap.jsonata(this, 'ListAndEnqueue', {
      itemReader: new S3ObjectsItemReader({
        bucket: props.bucket,
        prefix: '{% $exists($states.input.prefix) ? $states.input.prefix : "" %}',
      }),
      ...this.mapOptions(props.bucket),
      label: 'Backfill',
    });
    listing.itemProcessor(this.enqueueBatch('', LISTED_OBJECT, props.queue));

    const inventoryName = inventoryBucketName(this);
    const unreadable = Fail.jsonata(this, 'ManifestNotReadable', {
      error: 'BackfillManifestNotReadable',
      cause: unreadableManifestCause(inventoryName),
    });
    let source = Choice.jsonata(this, 'ListingOrInventory').when(
      Condition.jsonata('{% $not($exists($states.input.manifest)) %}'),
      listing,
    );
    if (inventoryName !== undefined) {
      source = source.when(
        readableManifest(inventoryName),
        this.inventoryMap(inventoryName, props),
      );
    }
    this.stateMachine = new StateMachine(this, 'BackfillStateMachine', {
      definitionBody: DefinitionBody.fromChainable(source.otherwise(unreadable)),
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

  /** Reads the report's CSV files through its manifest: GetObject on that bucket only. */
  private inventoryMap(bucketName: string, props: BackfillStateMachineProps): DistributedMap {
    const map = DistributedMap.jsonata(this, 'ReadInventoryAndEnqueue', {
      itemReader: new S3ManifestItemReader({
        bucket: inventoryBucket(this, bucketName),
        key: '{% $states.input.manifest.key %}',
      }),
      ...this.mapOptions(props.bucket),
      label: 'BackfillInventory',
    });
    return map.itemProcessor(
      this.enqueueBatch('Inventory', inventoryRow(props.bucket.bucketName), props.queue),
    );
  }

  /** Batching and concurrency, the same for both readers. */
  private mapOptions(bucket: IBucket) {
    return {
      itemBatcher: new ItemBatcher({
        maxItemsPerBatch: SQS_BATCH_MAX,
        batchInput: {
          bucket: bucket.bucketName,
          eventTime: '{% $states.context.Execution.StartTime %}',
        },
      }),
      maxConcurrency: MAP_CONCURRENCY,
      // Each child sends one batch in well under a second: express workflows cost least.
      mapExecutionType: StateMachineType.EXPRESS,
    };
  }

  /**
   * A child workflow: one SendMessageBatch of a batch's objects (state names prefixed by
   * `name`, unique in the machine). Items some rows of which are not to be sent first
   * check that one is left (SQS refuses an empty batch).
   */
  private enqueueBatch(name: string, fields: ItemFields, queue: IQueue): IChainable {
    const send = CallAwsService.jsonata(this, `${name}SendBatch`, {
      service: 'sqs',
      action: 'sendMessageBatch',
      // SendMessageBatch is authorized as sqs:SendMessage.
      iamAction: 'sqs:SendMessage',
      iamResources: [queue.queueArn],
      parameters: { QueueUrl: queue.queueUrl, Entries: backfillEntriesExpression(fields) },
    });
    // Throttling and other passing faults; a permanent one (access denied) fails after ~30 s.
    send.addRetry({
      errors: ['States.TaskFailed', 'States.Timeout'],
      interval: Duration.seconds(1),
      backoffRate: 2,
      maxAttempts: 5,
    });
    const allSent = Choice.jsonata(this, `${name}AllSent`)
      .when(
        Condition.jsonata('{% $count($states.input.Failed) > 0 %}'),
        Fail.jsonata(this, `${name}SomeNotSent`, {
          error: 'BackfillSendFailed',
          cause: 'SQS refused some messages of a batch; the backfill can be run again.',
        }),
      )
      .otherwise(new Succeed(this, `${name}Sent`));
    const sendAll = send.next(allSent);
    if (fields.current === undefined) return sendAll;
    return Choice.jsonata(this, `${name}AnyCurrent`)
      .when(
        Condition.jsonata(`{% $count(${itemsToSendExpression(fields)}) = 0 %}`),
        new Succeed(this, `${name}NoneCurrent`),
      )
      .otherwise(sendAll);
  }
}
