import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { SQS_BATCH_MAX } from './sqs-backfill-message.ts';

/** Entries SQS refused for a passing reason (throttling) get this many more tries. */
const MAX_ATTEMPTS = 3;
const RETRY_DELAY_MS = 200;

/** A batch that could not be sent whole: SQS's reason for the first entry it refused. */
export class BackfillSendError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BackfillSendError';
  }
}

/** Sends up to ten message bodies to one queue (SendMessageBatch). */
export type SendBatch = (bodies: readonly string[]) => Promise<void>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A `SendBatch` on an SQS queue. SendMessageBatch can succeed for some entries and fail
 * for others; the failed ones are sent again (sender faults are not: the same body
 * would fail the same way), and what still fails throws, naming SQS's reason.
 */
export const sqsBatchSender =
  (client: SQSClient, queueUrl: string): SendBatch =>
  async (bodies) => {
    if (bodies.length > SQS_BATCH_MAX) {
      throw new RangeError(`SendMessageBatch takes at most ${SQS_BATCH_MAX} messages`);
    }
    let pending = bodies.map((body, index) => ({ Id: String(index), MessageBody: body }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      const response = await client.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }),
      );
      const failed = response.Failed ?? [];
      if (failed.length === 0) return;
      const [first] = failed;
      if (attempt >= MAX_ATTEMPTS || failed.some((entry) => entry.SenderFault)) {
        throw new BackfillSendError(
          `SQS refused ${failed.length} of ${pending.length} message(s): ${first?.Code ?? 'unknown'} ${first?.Message ?? ''}`.trim(),
        );
      }
      const retry = new Set(failed.map((entry) => entry.Id));
      pending = pending.filter((entry) => retry.has(entry.Id));
      await pause(RETRY_DELAY_MS * attempt);
    }
  };
