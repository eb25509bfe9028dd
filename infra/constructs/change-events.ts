import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ArticlesTable } from './articles-table.ts';
import { PipelineFunction } from './pipeline-function.ts';

const PUBLISH_ENTRY = fileURLToPath(new URL('../../lambdas/publish/handler.ts', import.meta.url));

/** Stream records per invocation: the handler puts them ten to a PutEvents call. */
const STREAM_BATCH_SIZE = 100;
/** A failing batch is halved and retried this often before it goes to the failure queue. */
const STREAM_RETRY_ATTEMPTS = 8;
/**
 * The stream keeps a record 24 hours; giving up after 6 leaves an operator 18 to read
 * the failed range (its sequence numbers are in the failure queue's message) again.
 */
const STREAM_MAX_RECORD_AGE = Duration.hours(6);
/** Publishing is a few small calls; no parsing, so a small function suffices. */
const PUBLISH_MEMORY_MB = 256;
const PUBLISH_TIMEOUT = Duration.seconds(30);
/** The longest SQS allows: time to notice a failed range and replay it. */
const FAILURE_RETENTION = Duration.days(14);

export interface ChangeEventsProps {
  readonly table: ArticlesTable;
  /** What happens to the function's log group when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The table's stream -> publish λ -> the stack's EventBridge bus: one change event per
 * real change of an article (docs/CONSUMERS.md). Batches that keep failing are bisected,
 * retried, and their stream range handed to PublishFailureQueue, so nothing is lost
 * without a trace.
 */
export class ChangeEvents extends Construct {
  readonly bus: EventBus;
  readonly publish: PipelineFunction;
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: ChangeEventsProps) {
    super(scope, id);
    const { table } = props;

    // ChangeEventBus: owned by the stack, so consumers' rules live beside the pipeline.
    this.bus = new EventBus(this, 'ChangeEventBus');

    // PublishFailureQueue: the stream ranges the function gave up on (on-failure destination).
    this.failures = new Queue(this, 'PublishFailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: FAILURE_RETENTION,
    });

    // publish λ: stream images -> change events; partial-batch failure by sequence number.
    this.publish = new PipelineFunction(this, 'PublishFunction', {
      entry: PUBLISH_ENTRY,
      environment: { EVENT_BUS_NAME: this.bus.eventBusName, TABLE_NAME: table.tableName },
      logRemovalPolicy: props.removalPolicy,
      memorySize: PUBLISH_MEMORY_MB,
      timeout: PUBLISH_TIMEOUT,
    });
    this.publish.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: STREAM_BATCH_SIZE,
        bisectBatchOnError: true,
        retryAttempts: STREAM_RETRY_ATTEMPTS,
        maxRecordAge: STREAM_MAX_RECORD_AGE,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failures),
      }),
    );
    this.bus.grantPutEventsTo(this.publish);
  }
}
