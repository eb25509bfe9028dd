import {
  backfillMessageBody,
  type ListedObject,
  SQS_BATCH_MAX,
} from '#shared/adapters/sqs-backfill-message.ts';
import type { SendBatch } from '#shared/adapters/sqs-backfill-sender.ts';

/** Batches in flight at once: enough to keep SQS busy, few enough to stay under its limits. */
export const DEFAULT_BACKFILL_CONCURRENCY = 8;
/** A progress line every this many objects. */
const PROGRESS_EVERY = 1000;

export interface BackfillOptions {
  bucket: string;
  objects: AsyncIterable<ListedObject>;
  /** Undefined for a dry run: list and count, send nothing. */
  send: SendBatch | undefined;
  /** The time every message says it was sent (ISO 8601). */
  eventTime: string;
  concurrency?: number;
  /** Called with the running counts every PROGRESS_EVERY objects. */
  onProgress?: (progress: BackfillSummary) => void;
  /** Called for each object listed (a dry run prints them). */
  onObject?: (object: ListedObject) => void;
}

export interface BackfillSummary {
  listed: number;
  /** Messages the queue accepted (0 in a dry run). */
  enqueued: number;
  batches: number;
  bytes: number;
}

/**
 * Lists `objects` and enqueues one backfill message for each, ten to a batch, at most
 * `concurrency` batches in flight: the listing is read only as fast as the queue takes
 * the messages, so memory stays bounded whatever the size of the bucket. The first
 * failed batch stops the run (and is thrown); every message is idempotent, so running
 * the backfill again is the way to finish it.
 */
export const runBackfill = async (options: BackfillOptions): Promise<BackfillSummary> => {
  const summary: BackfillSummary = { listed: 0, enqueued: 0, batches: 0, bytes: 0 };
  const limit = options.concurrency ?? DEFAULT_BACKFILL_CONCURRENCY;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const dispatch = (bodies: string[]) => {
    summary.batches++;
    const send = options.send;
    if (!send) return;
    const sending = send(bodies).then(
      () => {
        summary.enqueued += bodies.length;
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked = sending.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  let batch: string[] = [];
  for await (const object of options.objects) {
    if (failure !== undefined) break;
    options.onObject?.(object);
    const body = backfillMessageBody(options.bucket, object, options.eventTime);
    summary.listed++;
    summary.bytes += Buffer.byteLength(body);
    batch.push(body);
    if (batch.length === SQS_BATCH_MAX) {
      dispatch(batch);
      batch = [];
      while (inFlight.size >= limit) await Promise.race(inFlight);
    }
    if (summary.listed % PROGRESS_EVERY === 0) options.onProgress?.({ ...summary });
  }
  if (batch.length > 0 && failure === undefined) dispatch(batch);
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  return summary;
};
