import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { limitVariables } from '#shared/domain/limits.ts';
import { ArticlesTable } from './constructs/articles-table.ts';
import { BackfillStateMachine, backfillRequested } from './constructs/backfill-state-machine.ts';
import { ChangeEvents } from './constructs/change-events.ts';
import {
  ChangeEventsConsumer,
  consumerExampleRequested,
} from './constructs/change-events-consumer.ts';
import { dataRemovalPolicy } from './constructs/data-policy.ts';
import { limitsFromContext } from './constructs/function-limits.ts';
import { IngestAlarms } from './constructs/ingest-alarms.ts';
import { dashboardRequested, IngestDashboard } from './constructs/ingest-dashboard.ts';
import { pinLogicalId } from './constructs/logical-id.ts';
import { nearDuplicateProbesVariable } from './constructs/near-duplicate-probes.ts';
import { PipelineFunction } from './constructs/pipeline-function.ts';
import { SecureBucket } from './constructs/secure-bucket.ts';
import { tableCapacityFromContext } from './constructs/table-capacity.ts';
import {
  messageConcurrencyVariable,
  throughputFromContext,
} from './constructs/throughput-context.ts';
import { acknowledgeNagFindings } from './nag-acknowledgements.ts';

const INGEST_ENTRY = fileURLToPath(new URL('../lambdas/ingest/handler.ts', import.meta.url));

/** AWS guidance for SQS event sources: visibility >= 6x the function timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Transient failures (throttling, timeouts) get five tries before the DLQ. */
export const MAX_RECEIVE_COUNT = 5;
/** The longest SQS allows: time to notice, fix and redrive. */
const DLQ_RETENTION = Duration.days(14);

/**
 * The article-ingest pipeline, top-down as in DESIGN.md:
 * ArticlesBucket -> IngestQueue (+ DeadLetterQueue) -> ingest λ -> ArticlesTable
 * (+ ContentBucket for bodies too large for one item) -> stream -> publish λ -> ChangeEventBus.
 */
export class IngestStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const removalPolicy = dataRemovalPolicy(this);
    // Per-file limits and throughput knobs from context (-c maxObjectBytes=..., -c batchSize=...).
    const limits = limitsFromContext(this);
    const throughput = throughputFromContext(this, limits);

    // AccessLogsBucket: server access logs of the data buckets.
    const accessLogs = new SecureBucket(this, 'AccessLogsBucket', { removalPolicy });

    // ArticlesBucket: uploads land here (any key); versioned, SSE-S3, TLS only, private.
    const articles = new SecureBucket(this, 'ArticlesBucket', {
      removalPolicy,
      accessLogs: { bucket: accessLogs, prefix: 'articles/' },
    });

    // DeadLetterQueue: messages that failed MAX_RECEIVE_COUNT times wait here for redrive.
    const deadLetters = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DLQ_RETENTION,
    });

    // IngestQueue: SSE-SQS, because S3 cannot publish to a queue under alias/aws/sqs.
    const queue = new Queue(this, 'IngestQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(throughput.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    articles.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue));
    articles.addEventNotification(EventType.OBJECT_REMOVED, new SqsDestination(queue));

    // ingest λ: reads the object, builds the record, writes it; partial-batch failures.
    // Its per-file limits come from context (-c maxObjectBytes=...), all shown as LIMIT_*,
    // and so does the near-duplicate lookup (-c nearDuplicateProbes=exact|neighbours|off).
    const ingest = new PipelineFunction(this, 'IngestFunction', {
      entry: INGEST_ENTRY,
      environment: {
        ...limitVariables(limits),
        ...nearDuplicateProbesVariable(this),
        ...messageConcurrencyVariable(throughput),
      },
      logRemovalPolicy: removalPolicy,
      memorySize: throughput.memorySize,
      timeout: Duration.seconds(throughput.timeoutSeconds),
    });
    ingest.addEventSource(
      new SqsEventSource(queue, {
        batchSize: throughput.batchSize,
        maxBatchingWindow: Duration.seconds(throughput.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
        maxConcurrency: throughput.maxConcurrency,
      }),
    );
    articles.grantRead(ingest);

    // ArticlesTable: one record per article; conditional puts ordered by sequencer.
    // On-demand, or provisioned with auto scaling (-c tableCapacity=provisioned).
    const table = new ArticlesTable(this, 'ArticlesTable', {
      removalPolicy,
      capacity: tableCapacityFromContext(this),
    });
    ingest.addEnvironment('TABLE_NAME', table.tableName);
    table.grantReadWriteData(ingest);

    // ContentBucket: bodies too large for one item; no notifications, so no loops.
    const content = new SecureBucket(this, 'ContentBucket', {
      removalPolicy,
      accessLogs: { bucket: accessLogs, prefix: 'content/' },
    });
    ingest.addEnvironment('CONTENT_BUCKET_NAME', content.bucketName);
    content.grantPut(ingest);

    // ChangeEventBus: the table's stream -> publish λ -> one event per real change
    // (+ PublishFailureQueue for stream ranges it gave up on).
    const changes = new ChangeEvents(this, 'ChangeEvents', { table, removalPolicy });

    // Alarms: dead letters, function errors and throttles, the oldest message's age, the
    // rejection rate, and the publish path's own (mailed with -c alarmEmail=...); a
    // dashboard unless -c dashboard=false.
    const retryWindow = Duration.seconds(
      throughput.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR * MAX_RECEIVE_COUNT,
    );
    const ingestAlarms = new IngestAlarms(this, 'Alarms', {
      queue,
      deadLetters,
      fn: ingest,
      retryWindow,
      removalPolicy,
    });
    ingestAlarms.notifyOf(changes.alarms);
    if (dashboardRequested(this)) {
      new IngestDashboard(this, 'Operations', {
        queue,
        deadLetters,
        fn: ingest,
        changeEvents: changes,
        alarms: [...ingestAlarms.alarms, ...changes.alarms],
      });
    }

    // Example consumer (-c consumerExample=true): a rule on the bus -> an SQS queue.
    const consumer = consumerExampleRequested(this)
      ? new ChangeEventsConsumer(this, 'ConsumerExample', { bus: changes.bus })
      : undefined;

    // BackfillStateMachine (-c backfillStateMachine=true): lists ArticlesBucket with a
    // Distributed Map and enqueues every object, for archives of millions.
    const backfill = backfillRequested(this)
      ? new BackfillStateMachine(this, 'Backfill', {
          bucket: articles,
          queue,
          logRemovalPolicy: removalPolicy,
        }).stateMachine
      : undefined;

    // Logical ids without CDK's hash, so the template, the local stack and the
    // nag acknowledgements can name these resources.
    for (const resource of [accessLogs, articles, deadLetters, queue, ingest, table, content]) {
      pinLogicalId(resource);
    }
    for (const resource of [changes.bus, changes.publish, changes.failures]) pinLogicalId(resource);
    if (consumer)
      for (const resource of [consumer.queue, consumer.deadLetters]) pinLogicalId(resource);
    if (backfill) pinLogicalId(backfill);

    // Outputs: what the CLI, the local stack and operators look up after a deploy.
    const outputs: Record<string, string> = {
      ArticlesBucketName: articles.bucketName,
      IngestQueueUrl: queue.queueUrl,
      DeadLetterQueueUrl: deadLetters.queueUrl,
      ArticlesTableName: table.tableName,
      ArticlesTableStreamArn: table.streamArn,
      ContentBucketName: content.bucketName,
      IngestFunctionName: ingest.functionName,
      ChangeEventBusName: changes.bus.eventBusName,
      ChangeEventBusArn: changes.bus.eventBusArn,
      PublishFunctionName: changes.publish.functionName,
      PublishFailureQueueUrl: changes.failures.queueUrl,
      ...(consumer && { ConsumerExampleQueueUrl: consumer.queue.queueUrl }),
      ...(backfill && { BackfillStateMachineArn: backfill.stateMachineArn }),
      ...(ingestAlarms.topic && { AlarmTopicArn: ingestAlarms.topic.topicArn }),
    };
    for (const [name, value] of Object.entries(outputs)) {
      new CfnOutput(this, name, { value });
    }

    // cdk-nag: the findings this design accepts, each with its reason, all in one module.
    acknowledgeNagFindings(this, {
      accessLogs,
      ingest,
      publish: changes.publish,
      publishFailures: changes.failures,
      ...(backfill && { backfill }),
    });
  }
}
