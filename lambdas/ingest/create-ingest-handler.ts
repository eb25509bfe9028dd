import type { Logger } from '@aws-lambda-powertools/logger';
import type {
  Context,
  SQSBatchItemFailure,
  SQSBatchResponse,
  SQSEvent,
  SQSRecord,
} from 'aws-lambda';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import type { IngestDeps } from '#shared/pipeline/ports.ts';
import { InvocationMetrics, type InvocationReport } from './ingest-metrics.ts';

/**
 * No message starts with less time than this left before the function's deadline, beyond
 * the file's own time budget (`maxFileMs`, after which a file is rejected as
 * `over-budget`): its fetch, duplicate lookup, offload and writes take well under a
 * second each, so five seconds covers them with a retry or two of the SDK.
 */
export const IO_SLACK_MS = 5_000;

export interface IngestHandlerDeps extends IngestDeps {
  logger: Logger;
  /** Publishes an invocation's metrics (Powertools Metrics, see deps.ts); none when absent. */
  publishMetrics?: (report: InvocationReport) => void;
  /** How much time must be left to start a message (the file's time budget + IO_SLACK_MS unless given). */
  startMarginMs?: number;
}

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * The SQS handler: messages are processed one after another, each isolated from the
 * others. A message whose processing throws (an I/O error, an invalid body) is reported
 * in `batchItemFailures` and only it is retried; a file that cannot be read is a
 * `rejected` record, never a throw. Once too little time is left to finish another
 * message, no more are started: the unstarted ones are reported for retry and the
 * invocation returns before its deadline, so one slow file never times out the batch
 * (which would send its finished batch-mates round again).
 *
 * Every log line about a message carries its `messageId`, and once an object is named,
 * its `bucket`, `key` and `articleId`; the keys are cleared between messages. The
 * invocation's metrics are published once, at its end.
 */
export const createIngestHandler =
  (deps: IngestHandlerDeps): IngestHandler =>
  async (event, context) => {
    if (context) deps.logger.addContext(context);
    const margin = deps.startMarginMs ?? (deps.limits ?? DEFAULT_LIMITS).maxFileMs + IO_SLACK_MS;
    const failures: SQSBatchItemFailure[] = [];
    const metrics = new InvocationMetrics();
    const records = firstSeenFirst(event.Records);
    try {
      for (const [index, record] of records.entries()) {
        deps.logger.resetKeys();
        if (context && context.getRemainingTimeInMillis() < margin) {
          failures.push(...deferUnstarted(records.slice(index), deps));
          break;
        }
        if (!(await ingestMessage(record, deps, metrics))) {
          failures.push({ itemIdentifier: record.messageId });
        }
      }
    } finally {
      deps.logger.resetKeys();
      const report = metrics.report();
      if (report) deps.publishMetrics?.(report);
    }
    return { batchItemFailures: failures };
  };

const receiveCount = (record: SQSRecord): number =>
  Number(record.attributes?.ApproximateReceiveCount) || 1;

/**
 * Messages delivered for the first time go first, those seen before (one of them may be
 * what ended an earlier invocation) after, fewest receives first: if a message still
 * brings the process down, its fresh batch-mates are done by then. Order between events
 * does not matter for the records: every write is conditional on its sequencer.
 */
const firstSeenFirst = (records: SQSRecord[]): SQSRecord[] =>
  records
    .map((record, position) => ({ record, position, count: receiveCount(record) }))
    .sort((a, b) => a.count - b.count || a.position - b.position)
    .map(({ record }) => record);

/** Hands the messages not started back to the queue, as failures that SQS redelivers. */
const deferUnstarted = (records: SQSRecord[], deps: IngestHandlerDeps): SQSBatchItemFailure[] => {
  deps.logger.warn('too little time left to start more messages; they will be retried', {
    unstarted: records.length,
  });
  return records.map((record) => ({ itemIdentifier: record.messageId }));
};

/** True when the message is done (acknowledged), false when it must be retried. */
const ingestMessage = async (
  record: SQSRecord,
  deps: IngestHandlerDeps,
  metrics: InvocationMetrics,
): Promise<boolean> => {
  const receiveCount = record.attributes?.ApproximateReceiveCount;
  deps.logger.appendKeys({ messageId: record.messageId, ...(receiveCount && { receiveCount }) });
  try {
    const parsed = parseQueueMessage(record);
    if (parsed.kind === 'test-event') {
      deps.logger.info('ignored s3:TestEvent');
      return true;
    }
    if (parsed.ignoredEventNames.length > 0) {
      deps.logger.info('ignored event types', { eventNames: parsed.ignoredEventNames });
    }
    for (const ref of parsed.refs) {
      const { bucket, key } = ref;
      deps.logger.appendKeys({ bucket, key, articleId: articleIdFor(bucket, key) });
      const outcome = await ingestObject(ref, deps);
      // Upload-to-record lag: from the time S3 gives the event to the write just done.
      metrics.add(outcome, deps.now().getTime() - Date.parse(ref.eventTime));
      deps.logger.info('object processed', { ...outcome, eventName: ref.eventName });
    }
    return true;
  } catch (error) {
    deps.logger.error('message failed; it will be retried', { error });
    return false;
  }
};
