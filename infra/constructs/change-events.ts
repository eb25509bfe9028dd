import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type Metric,
  type MetricOptions,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ArticlesTable } from './articles-table.ts';
import { ALARM_PERIOD, alarmOnAnyDatum } from './ingest-alarms.ts';
import { PipelineFunction } from './pipeline-function.ts';
import { wholeNumberFromContext } from './throughput-context.ts';

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

/** `-c streamAgeAlarmSeconds=600`: how far behind the table's writes publishing may fall. */
export const STREAM_AGE_CONTEXT_KEY = 'streamAgeAlarmSeconds';
/**
 * A change reaches the bus seconds after its write; a failing batch is bisected and
 * retried with backoff for a few minutes. Ten minutes behind means consumers hear late:
 * the function keeps failing or cannot keep up.
 */
export const DEFAULT_STREAM_AGE_ALARM_SECONDS = 600;
/** The age must stay below the one at which records leave for the failure queue, or it never fires. */
const MAX_STREAM_AGE_ALARM_SECONDS = STREAM_MAX_RECORD_AGE.toSeconds() - 60;

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
  /** A failed stream range, a publish error, publishing behind the writes (see DEPLOY.md). */
  readonly alarms: Alarm[];

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
      // It decodes stored items and publishes: no article is read, so no model or libraries beside it.
      filesBesideBundle: () => [],
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

    this.alarms = [
      alarmOnAnyDatum(
        this,
        'PublishFailureQueueAlarm',
        this.failures.metricApproximateNumberOfMessagesVisible({
          period: ALARM_PERIOD,
          statistic: Stats.MAXIMUM,
        }),
        'A stream range was given up on: its change events were not published. Its message in PublishFailureQueue names the range to read again.',
      ),
      alarmOnAnyDatum(
        this,
        'PublishErrorsAlarm',
        this.publish.metricErrors({ period: ALARM_PERIOD }),
        'The publish function failed invocations (a crash or a timeout); the stream batch is retried.',
      ),
      this.streamAgeAlarm(),
    ];
  }

  /** Lambda's IteratorAge: how long a batch's last record waited in the stream before the function got it (ms). */
  metricIteratorAge(options?: MetricOptions): Metric {
    return this.publish.metric('IteratorAge', { statistic: Stats.MAXIMUM, ...options });
  }

  /** Records reach the function later than the threshold after their writes: publishing lags. */
  private streamAgeAlarm(): Alarm {
    const seconds = wholeNumberFromContext(
      this,
      STREAM_AGE_CONTEXT_KEY,
      DEFAULT_STREAM_AGE_ALARM_SECONDS,
      { min: 60, max: MAX_STREAM_AGE_ALARM_SECONDS },
    );
    return new Alarm(this, 'StreamIteratorAgeAlarm', {
      metric: this.metricIteratorAge({ period: ALARM_PERIOD }),
      threshold: seconds * 1000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `Change events are published more than ${seconds} s after their writes: the publish function keeps failing or is not keeping up.`,
    });
  }
}
