import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import { mapLimited } from '#shared/pipeline/map-limited.ts';
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
  /** Messages of the batch processed at once (MESSAGE_CONCURRENCY); one after another when absent. */
  messageConcurrency?: number;
}

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/** What became of one message of the batch. */
type MessageResult = 'done' | 'failed' | 'unstarted';

/**
 * The SQS handler: up to `messageConcurrency` messages are processed at once, each
 * isolated from the others (a message mostly waits on S3 and DynamoDB, and another's
 * work fits in that wait). A message whose processing throws (an I/O error, an invalid
 * body) is reported in `batchItemFailures` and only it is retried; a file that cannot be
 * read is a `rejected` record, never a throw. Once too little time is left to finish
 * another message, no more are started: the unstarted ones are reported for retry and
 * the invocation returns before its deadline, so one slow file never times out the batch
 * (which would send its finished batch-mates round again).
 *
 * Every log line about a message carries its `messageId` (and `receiveCount` on a
 * redelivery), the invocation's `function_request_id`, and once an object is named, its
 * `bucket`, `key` and `articleId` (passed with each line: messages in flight at once
 * share the logger). The invocation's metrics are published once, at its end.
 */
export const createIngestHandler =
  (deps: IngestHandlerDeps): IngestHandler =>
  async (event, context) => {
    // The request id only: the function's name, ARN and memory are the log group's and
    // the REPORT line's already (and a cold start is REPORT's Init Duration), and they
    // made up a third of every line's bytes.
    if (context) deps.logger.appendKeys({ function_request_id: context.awsRequestId });
    const fileMs = (deps.limits ?? DEFAULT_LIMITS).maxFileMs;
    const margin = deps.startMarginMs ?? fileMs + IO_SLACK_MS;
    const metrics = new InvocationMetrics();
    const records = firstSeenFirst(event.Records);
    let inFlight = 0;
    let stopped = false;
    // The files in flight share one CPU: in the worst case each takes its whole time
    // budget after the others, so every message already running adds one budget.
    const tooLate = () =>
      context !== undefined && context.getRemainingTimeInMillis() < margin + inFlight * fileMs;
    const processOne = async (record: SQSRecord): Promise<MessageResult> => {
      stopped ||= tooLate();
      if (stopped) return 'unstarted';
      inFlight += 1;
      try {
        return (await ingestMessage(record, deps, metrics)) ? 'done' : 'failed';
      } finally {
        inFlight -= 1;
      }
    };
    let results: MessageResult[] = [];
    try {
      results = await mapLimited(records, deps.messageConcurrency ?? 1, processOne);
    } finally {
      const report = metrics.report();
      if (report) deps.publishMetrics?.(report);
    }
    const unstarted = results.filter((result) => result === 'unstarted').length;
    if (unstarted > 0) {
      deps.logger.warn('too little time left to start more messages; they will be retried', {
        unstarted,
      });
    }
    return {
      batchItemFailures: records.flatMap((record, index) =>
        results[index] === 'done' ? [] : [{ itemIdentifier: record.messageId }],
      ),
    };
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

/** True when the message is done (acknowledged), false when it must be retried. */
const ingestMessage = async (
  record: SQSRecord,
  deps: IngestHandlerDeps,
  metrics: InvocationMetrics,
): Promise<boolean> => {
  // A first delivery is the norm: the count is logged only on a redelivery, where it matters.
  const receiveCount = record.attributes?.ApproximateReceiveCount;
  const redelivered = receiveCount !== undefined && receiveCount !== '1';
  const messageKeys = { messageId: record.messageId, ...(redelivered && { receiveCount }) };
  let keys: Record<string, string> = messageKeys;
  try {
    const parsed = parseQueueMessage(record);
    if (parsed.kind === 'test-event') {
      deps.logger.info('ignored s3:TestEvent', keys);
      return true;
    }
    if (parsed.ignoredEventNames.length > 0) {
      deps.logger.info('ignored event types', { ...keys, eventNames: parsed.ignoredEventNames });
    }
    for (const ref of parsed.refs) {
      const { bucket, key } = ref;
      keys = { ...messageKeys, bucket, key, articleId: articleIdFor(bucket, key) };
      const outcome = await ingestObject(ref, deps);
      // Upload-to-record lag: from the time S3 gives the event to the write just done.
      metrics.add(outcome, deps.now().getTime() - Date.parse(ref.eventTime));
      // `change` (created or removed) is the event name's first word: logged once, as the name.
      const { change: _inEventName, ...logged } = outcome;
      deps.logger.info('object processed', { ...keys, ...logged, eventName: ref.eventName });
    }
    return true;
  } catch (error) {
    deps.logger.error('message failed; it will be retried', { ...keys, error });
    return false;
  }
};
