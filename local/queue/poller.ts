import type { SQSEvent } from 'aws-lambda';
import { failedMessageIds } from './batch-result.ts';
import type { LocalQueue, ReceivedMessage } from './local-queue.ts';
import { type QueueIdentity, toSqsEvent } from './sqs-event.ts';

export type MessageOutcome =
  | { messageId: string; body: string; status: 'succeeded'; receiveCount: number }
  | { messageId: string; body: string; status: 'failed'; receiveCount: number; error?: string };

export interface PollerOptions {
  queue: LocalQueue;
  identity: QueueIdentity;
  batchSize: number;
  maxBatchingWindowMs: number;
  reportBatchItemFailures: boolean;
  /** Concurrent invocations at most (Lambda's MaximumConcurrency). */
  maxConcurrency: number;
  /** Invokes the function; a rejection is a failed invocation. */
  invoke: (event: SQSEvent) => Promise<unknown>;
  onOutcome?: (outcome: MessageOutcome) => void;
}

/**
 * What Lambda's SQS event source mapping does: receives batches of up to `batchSize`,
 * waits up to the batching window for a batch to fill, runs at most `maxConcurrency`
 * invocations at a time, deletes what succeeded and leaves failures to reappear after
 * the visibility timeout.
 */
export class Poller {
  private inFlight = new Set<Promise<void>>();
  private windowStartedAt: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly options: PollerOptions) {
    options.queue.onSent(() => this.pump());
  }

  start(): void {
    this.running = true;
    this.pump();
  }

  /** Stops taking batches and waits for those in flight, at most `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
  }

  inFlightCount(): number {
    return this.inFlight.size;
  }

  private pump(): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    const { queue, batchSize, maxConcurrency, maxBatchingWindowMs } = this.options;
    while (this.inFlight.size < maxConcurrency) {
      const visible = queue.visibleCount();
      if (visible === 0) break;
      if (visible < batchSize && maxBatchingWindowMs > 0) {
        this.windowStartedAt ??= Date.now();
        const waitMs = this.windowStartedAt + maxBatchingWindowMs - Date.now();
        if (waitMs > 0) {
          this.wakeIn(waitMs);
          return;
        }
      }
      this.windowStartedAt = undefined;
      const batch = queue.receive(batchSize);
      if (batch.length > 0) this.track(this.runBatch(batch));
    }
    const next = queue.nextVisibleAt();
    if (next !== undefined) this.wakeIn(next - Date.now());
  }

  private wakeIn(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), Math.max(ms, 1));
    this.timer.unref();
  }

  private track(run: Promise<void>): void {
    this.inFlight.add(run);
    void run.finally(() => {
      this.inFlight.delete(run);
      this.pump();
    });
  }

  private async runBatch(batch: ReceivedMessage[]): Promise<void> {
    const { queue, identity, invoke, reportBatchItemFailures, onOutcome } = this.options;
    let outcome: { ok: true; response: unknown } | { ok: false; error: string };
    try {
      outcome = { ok: true, response: await invoke(toSqsEvent(batch, identity)) };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const ids = batch.map((m) => m.messageId);
    const failed = failedMessageIds(ids, outcome, reportBatchItemFailures);
    for (const message of batch) {
      const { messageId, body, receiveCount } = message;
      if (failed.has(messageId)) {
        const error = outcome.ok ? 'reported as a batch item failure' : outcome.error;
        queue.recordFailure(messageId, error);
        onOutcome?.({ messageId, body, status: 'failed', receiveCount, error });
      } else {
        queue.delete(message.receiptHandle);
        onOutcome?.({ messageId, body, status: 'succeeded', receiveCount });
      }
    }
  }
}
