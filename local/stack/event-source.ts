import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import type { OutcomeWaiters } from '../control/outcome-waiters.ts';
import { Poller } from '../queue/poller.ts';
import type { FunctionHost } from '../runtime/function-host.ts';
import type { LocalWiring } from '../template/wiring.ts';
import type { LocalQueues } from './build-queues.ts';
import { objectOutcomes, outcomeLines } from './describe-outcome.ts';
import { createStateReader } from './outcome-reads.ts';

export interface EventSourceParts {
  wiring: LocalWiring;
  queues: LocalQueues;
  host: FunctionHost;
  waiters: OutcomeWaiters;
  region: string;
  /** Reads the record each processed object left, for the console line. */
  dynamo: DynamoDBClient;
  log: (line: string) => void;
}

/**
 * The template's event source mapping: a poller over the ingest queue that invokes the
 * function with its batch size, batching window, concurrency cap and partial-batch
 * setting, and reports every outcome (and every dead letter) to replay waiters and the
 * console.
 */
export const createEventSource = (parts: EventSourceParts): Poller => {
  const { wiring, queues, waiters, log } = parts;
  const { eventSource } = wiring;
  // What the function left in its table, read back for the console line.
  const records = createStateReader(
    sdkDynamoApi(createDocumentClient(parts.dynamo)),
    wiring.table.name,
  );
  queues.ingest.onDeadLettered((message) => {
    waiters.notify({ messageId: message.messageId, status: 'dead-lettered' });
    log(`message ${message.messageId} moved to the dead-letter queue`);
  });
  return new Poller({
    queue: queues.ingest,
    identity: { arn: queues.ingestArn, region: parts.region },
    batchSize: eventSource.batchSize,
    maxBatchingWindowMs: eventSource.maxBatchingWindowSeconds * 1000,
    reportBatchItemFailures: eventSource.reportBatchItemFailures,
    maxConcurrency: eventSource.maxConcurrency ?? Number.POSITIVE_INFINITY,
    invoke: (event) => parts.host.invoke(event),
    onOutcome: (outcome) => {
      const { messageId, status } = outcome;
      const error = outcome.status === 'failed' ? { error: outcome.error } : {};
      // Waiters hear once the objects' records are read back, so replay can say what was written.
      void objectOutcomes(outcome, records).then((objects) => {
        waiters.notify({ messageId, status, ...error, objects });
        for (const line of outcomeLines(outcome, objects)) log(line);
      });
    },
  });
};
