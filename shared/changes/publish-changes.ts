import type { ChangeEvent } from './change-event.ts';
import type { ChangeContext } from './change-event-for.ts';
import { changeEventFor } from './change-event-for.ts';
import type { ChangePublisher, TableWrite } from './ports.ts';

export interface PublishDeps {
  publisher: ChangePublisher;
  context: ChangeContext;
}

/** What a batch came to: events put, and the first write that must be retried, if any. */
export interface PublishOutcome {
  published: number;
  /** The sequence number from which the stream must be read again; absent when all is done. */
  retryFrom?: string;
  /** Why it stopped there. */
  error?: unknown;
}

interface Pending {
  sequenceNumber: string;
  event: ChangeEvent;
}

/**
 * The writes of one stream batch, in stream order, to change events on the bus. A stream
 * is retried from the lowest sequence number reported, so the batch stops at the first
 * write it cannot finish (an image that is no record, an event the bus refused): the
 * writes before it are done, it and all after it come again. Events are put in batches
 * of the bus's size; an event refused in a batch whose later events were taken means
 * those are put twice, which `changeId` lets a consumer see.
 */
export const publishChanges = async (
  writes: readonly TableWrite[],
  deps: PublishDeps,
): Promise<PublishOutcome> => {
  const pending: Pending[] = [];
  let published = 0;
  const flush = async (): Promise<PublishOutcome | null> => {
    const batch = pending.splice(0, pending.length);
    if (batch.length === 0) return null;
    const { taken, error } = await put(batch, deps.publisher);
    const refused = taken.findIndex((ok) => !ok);
    published += refused === -1 ? batch.length : refused;
    const first = batch[refused];
    return first ? { published, retryFrom: first.sequenceNumber, error } : null;
  };
  for (const write of writes) {
    let event: ChangeEvent | null;
    try {
      const { before, after } = write.read();
      event = changeEventFor(before, after, deps.context);
    } catch (error) {
      const stopped = await flush();
      return stopped ?? { published, retryFrom: write.sequenceNumber, error };
    }
    if (event) pending.push({ sequenceNumber: write.sequenceNumber, event });
    if (pending.length >= deps.publisher.maxBatch) {
      const stopped = await flush();
      if (stopped) return stopped;
    }
  }
  return (await flush()) ?? { published };
};

/** One put; a call that failed as a whole refuses every event of the batch. */
const put = async (
  batch: Pending[],
  publisher: ChangePublisher,
): Promise<{ taken: boolean[]; error: unknown }> => {
  try {
    const answers = await publisher.put(batch.map(({ event }) => event));
    return {
      taken: batch.map((_, index) => answers[index] === true),
      error: new Error('The bus refused an event of the batch'),
    };
  } catch (error) {
    return { taken: batch.map(() => false), error };
  }
};
