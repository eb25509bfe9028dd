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

/** A batch being processed; `abandoned` once shutdown released its messages. */
interface Batch {
  messages: ReceivedMessage[];
  abandoned: boolean;
}

/**
 * What Lambda's SQS event source mapping does: receives batches of up to `batchSize`,
 * waits up to the batching window for a batch to fill, runs at most `maxConcurrency`
 * invocations at a time, deletes what succeeded and leaves failures to reappear after
 * the visibility timeout.
 */
export class Poller {
  private inFlight = new Map<Promise<void>, Batch>();
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

  /**
   * Stops taking batches and waits for those in flight, at most `graceMs`. The messages
   * of a batch still running then are released at once (see `LocalQueue.release`), so
   * the next start receives them without waiting out the visibility timeout; whatever
   * that batch's invocation later returns is ignored. Returns how many were released.
   */
  async stop(graceMs: number): Promise<number> {
    this.running = false;
    clearTimeout(this.timer);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([...this.inFlight.keys()]), grace]);
    clearTimeout(timer);
    let released = 0;
    for (const batch of this.inFlight.values()) {
      batch.abandoned = true;
      for (const message of batch.messages)
        if (this.options.queue.release(message.receiptHandle)) released += 1;
    }
    return released;
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
      if (batch.length > 0) this.track({ messages: batch, abandoned: false });
    }
    const next = queue.nextVisibleAt();
    if (next !== undefined) this.wakeIn(next - Date.now());
  }

  private wakeIn(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), Math.max(ms, 1));
    this.timer.unref();
  }

  private track(batch: Batch): void {
    const run = this.runBatch(batch);
    this.inFlight.set(run, batch);
    void run.finally(() => {
      this.inFlight.delete(run);
      this.pump();
    });
  }

  private async runBatch(running: Batch): Promise<void> {
    const { queue, identity, invoke, reportBatchItemFailures, onOutcome } = this.options;
    const batch = running.messages;
    let outcome: { ok: true; response: unknown } | { ok: false; error: string };
    try {
      outcome = { ok: true, response: await invoke(toSqsEvent(batch, identity)) };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // Released on shutdown: the messages are back in the queue, untouched by this run.
    if (running.abandoned) return;
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
