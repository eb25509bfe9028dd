import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import type { IngestDeps } from '#shared/pipeline/ports.ts';

export interface IngestHandlerDeps extends IngestDeps {
  logger: Logger;
}

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * The SQS handler: each message is parsed and its objects ingested; a message whose
 * processing throws (a transient error, an invalid body) is reported in
 * `batchItemFailures` and only it is retried. A full-batch failure is reported the same
 * way rather than thrown, which SQS treats alike and keeps the response one shape.
 */
export const createIngestHandler =
  (deps: IngestHandlerDeps): IngestHandler =>
  async (event, context) => {
    if (context) deps.logger.addContext(context);
    // One processor per invocation: it keeps per-batch state, and the local stack may
    // run invocations of one handler concurrently.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(
      event,
      (record: SQSRecord) => ingestMessage(record, deps),
      processor,
      {
        ...(context && { context }),
        throwOnFullBatchFailure: false,
      },
    );
  };

const ingestMessage = async (record: SQSRecord, deps: IngestHandlerDeps): Promise<void> => {
  const message = {
    messageId: record.messageId,
    receiveCount: record.attributes?.ApproximateReceiveCount,
  };
  try {
    const parsed = parseQueueMessage(record);
    if (parsed.kind === 'test-event') {
      deps.logger.info('ignored s3:TestEvent', message);
      return;
    }
    if (parsed.ignoredEventNames.length > 0) {
      deps.logger.info('ignored event types', { ...message, eventNames: parsed.ignoredEventNames });
    }
    for (const ref of parsed.refs) {
      const outcome = await ingestObject(ref, deps);
      deps.logger.info('object processed', { ...message, ...outcome, eventName: ref.eventName });
    }
  } catch (error) {
    deps.logger.error('message failed; it will be retried', { ...message, error });
    throw error;
  }
};
