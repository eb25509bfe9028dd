import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ArticlesTable } from './constructs/articles-table.ts';
import { dataRemovalPolicy } from './constructs/data-policy.ts';
import { pinLogicalId } from './constructs/logical-id.ts';
import { grantPolicyOf, notificationsHandlerRoleOf } from './constructs/nag-scopes.ts';
import { PIPELINE_FUNCTION_TIMEOUT, PipelineFunction } from './constructs/pipeline-function.ts';
import { SecureBucket } from './constructs/secure-bucket.ts';

const INGEST_ENTRY = fileURLToPath(new URL('../lambdas/ingest/handler.ts', import.meta.url));

/** AWS guidance for SQS event sources: visibility >= 6x the function timeout. */
const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Transient failures (throttling, timeouts) get five tries before the DLQ. */
const MAX_RECEIVE_COUNT = 5;
/** The longest SQS allows: time to notice, fix and redrive. */
const DLQ_RETENTION = Duration.days(14);
/** Ten messages per invocation, waiting at most a second to fill a batch. */
const BATCH_SIZE = 10;
const MAX_BATCHING_WINDOW = Duration.seconds(1);
/** Caps concurrent invocations so a bulk upload cannot flood the table. */
const MAX_CONCURRENCY = 5;

/**
 * The article-ingest pipeline, top-down as in DESIGN.md:
 * ArticlesBucket -> IngestQueue (+ DeadLetterQueue) -> ingest λ -> ArticlesTable
 * (+ ContentBucket for bodies too large for one item).
 */
export class IngestStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const removalPolicy = dataRemovalPolicy(this);

    // AccessLogsBucket: server access logs of the data buckets.
    const accessLogs = new SecureBucket(this, 'AccessLogsBucket', { removalPolicy });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log target; logging it to itself would loop.',
    });

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
      visibilityTimeout: Duration.seconds(
        PIPELINE_FUNCTION_TIMEOUT.toSeconds() * VISIBILITY_TIMEOUT_FACTOR,
      ),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    articles.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue));
    articles.addEventNotification(EventType.OBJECT_REMOVED, new SqsDestination(queue));
    Validations.of(notificationsHandlerRoleOf(this)).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's deploy-time notifications handler only needs to write its own logs.",
    });

    // ingest λ: reads the object, builds the record, writes it; partial-batch failures.
    const ingest = new PipelineFunction(this, 'IngestFunction', {
      entry: INGEST_ENTRY,
      logRemovalPolicy: removalPolicy,
    });
    ingest.addEventSource(
      new SqsEventSource(queue, {
        batchSize: BATCH_SIZE,
        maxBatchingWindow: MAX_BATCHING_WINDOW,
        reportBatchItemFailures: true,
        maxConcurrency: MAX_CONCURRENCY,
      }),
    );
    articles.grantRead(ingest);
    const grants = Validations.of(grantPolicyOf(ingest));
    grants.acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray trace writes have no resource-level permissions.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::s3:GetObject*]',
        reason: 'grantRead: GetObject and GetObjectVersion of uploads.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        reason: 'grantRead on ArticlesBucket only.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::s3:List*]',
        reason: 'ListBucket turns a vanished object into 404, not 403.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::<ArticlesBucket.Arn>/*]',
        reason: 'Uploads may use any key.',
      },
    );

    // ArticlesTable: one record per article; conditional puts ordered by sequencer.
    const table = new ArticlesTable(this, 'ArticlesTable', { removalPolicy });
    ingest.addEnvironment('TABLE_NAME', table.tableName);
    table.grantReadWriteData(ingest);
    grants.acknowledge({
      id: 'AwsSolutions-IAM5[Resource::<ArticlesTable.Arn>/index/*]',
      reason: "Readers query the table's own indexes; no other table is reachable.",
    });

    // ContentBucket: bodies too large for one item; no notifications, so no loops.
    const content = new SecureBucket(this, 'ContentBucket', {
      removalPolicy,
      accessLogs: { bucket: accessLogs, prefix: 'content/' },
    });
    ingest.addEnvironment('CONTENT_BUCKET_NAME', content.bucketName);
    content.grantPut(ingest);
    grants.acknowledge(
      {
        id: 'AwsSolutions-IAM5[Action::s3:Abort*]',
        reason: 'grantPut: abort its own multipart uploads.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::<ContentBucket.Arn>/*]',
        reason: 'Bodies are keyed by article id.',
      },
    );

    for (const resource of [accessLogs, articles, deadLetters, queue, ingest, table, content]) {
      pinLogicalId(resource);
    }

    const outputs: Record<string, string> = {
      ArticlesBucketName: articles.bucketName,
      IngestQueueUrl: queue.queueUrl,
      DeadLetterQueueUrl: deadLetters.queueUrl,
      ArticlesTableName: table.tableName,
      ArticlesTableStreamArn: table.streamArn,
      ContentBucketName: content.bucketName,
      IngestFunctionName: ingest.functionName,
    };
    for (const [name, value] of Object.entries(outputs)) {
      new CfnOutput(this, name, { value });
    }
  }
}
