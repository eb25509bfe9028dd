import type { ArticleRecord } from '../domain/record.ts';
import type { ChangeEvent } from './change-event.ts';

/** One write of the table as its stream reports it, read lazily so a bad image fails alone. */
export interface TableWrite {
  /** The stream's sequence number: what a partial-batch failure names. */
  sequenceNumber: string;
  /** The records before and after the write; throws when an image is no valid record. */
  read(): { before: ArticleRecord | null; after: ArticleRecord | null };
}

/** The bus the change events go to (EventBridge, or the local stack's journal). */
export interface ChangePublisher {
  /** How many events one `put` takes at most. */
  readonly maxBatch: number;
  /**
   * Puts the events, in order; one answer per event: true when the bus took it. Throws
   * when the call as a whole failed (nothing is known to be taken).
   */
  put(events: readonly ChangeEvent[]): Promise<boolean[]>;
}
