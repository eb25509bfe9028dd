export type ReplayStatus = 'succeeded' | 'failed' | 'dead-lettered' | 'pending';

/**
 * What the function did with one object a message names, as its record shows: the
 * record this event wrote (`ingested`, `rejected` with its reason, `removed`, `container`
 * with its article count), a newer event's record (`stale`), none (`skipped`, with why),
 * `ignored` (a bucket test event), `failed` (the message failed), or `unknown` (the
 * record could not be read).
 */
export interface ObjectOutcome {
  key: string;
  eventName: string;
  outcome:
    | 'ingested'
    | 'rejected'
    | 'removed'
    | 'container'
    | 'stale'
    | 'skipped'
    | 'ignored'
    | 'failed'
    | 'unknown';
  /** Why a record was rejected, an object skipped, or a message failed. */
  reason?: string;
  /** How many articles a container file held. */
  itemCount?: number;
}

export interface ReplayResult {
  messageId: string;
  status: ReplayStatus;
  error?: string;
  /** Per object of the message, once the function has handled it. */
  objects?: ObjectOutcome[];
}

type Resolve = (result: ReplayResult) => void;

/**
 * How many handled messages the stack remembers at least, for callers that cannot know a
 * message id (an upload's event is sent by the bucket): a `put --wait` of thousands of
 * files reads them as they come, so this only has to cover the reader's lag.
 */
export const OUTCOME_JOURNAL_SIZE = 20_000;

/** The outcomes after a cursor, the cursor to ask from next, and how many were forgotten. */
export interface OutcomeFeed {
  results: ReplayResult[];
  next: number;
  missed: number;
}

/**
 * Lets a caller wait for the first outcome of the messages it sent, or read every outcome
 * after a cursor it took before it acted (`since`), which is how an upload learns what
 * became of the event the bucket sent for it.
 */
export class OutcomeWaiters {
  private readonly waiting = new Map<string, Resolve[]>();
  private journal: ReplayResult[] = [];
  /** The cursor of `journal[0]`: cursors count every outcome since the stack started. */
  private firstCursor = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly journalSize = OUTCOME_JOURNAL_SIZE) {}

  /** The cursor after the newest outcome: what `since` returns nothing for, yet. */
  cursor(): number {
    return this.firstCursor + this.journal.length;
  }

  /**
   * The outcomes recorded after `after`; when there are none yet, waits up to `timeoutMs`
   * for the next. `missed` counts those already dropped from the journal.
   */
  async since(after: number, timeoutMs: number): Promise<OutcomeFeed> {
    if (this.cursor() <= after) await this.nextOutcome(timeoutMs);
    const start = Math.max(after, this.firstCursor);
    const results = this.journal.slice(Math.max(0, start - this.firstCursor));
    return { results, next: this.cursor(), missed: Math.max(0, start - after) };
  }

  private nextOutcome(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.listeners.add(done);
    });
  }

  private record(result: ReplayResult): void {
    this.journal.push(result);
    // Dropped in halves, so a full journal is not copied once per outcome.
    if (this.journal.length > this.journalSize * 2) {
      const dropped = this.journal.length - this.journalSize;
      this.journal = this.journal.slice(dropped);
      this.firstCursor += dropped;
    }
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves when each message has an outcome, or marks it `pending` at the deadline. */
  wait(messageIds: string[], timeoutMs: number): Promise<ReplayResult[]> {
    return Promise.all(
      messageIds.map(
        (messageId) =>
          new Promise<ReplayResult>((resolve) => {
            const timer = setTimeout(() => settle({ messageId, status: 'pending' }), timeoutMs);
            const settle: Resolve = (result) => {
              clearTimeout(timer);
              this.forget(messageId, settle);
              resolve(result);
            };
            this.waiting.set(messageId, [...(this.waiting.get(messageId) ?? []), settle]);
          }),
      ),
    );
  }

  notify(result: ReplayResult): void {
    for (const settle of this.waiting.get(result.messageId) ?? []) settle(result);
    this.record(result);
  }

  private forget(messageId: string, settle: Resolve): void {
    const rest = (this.waiting.get(messageId) ?? []).filter((s) => s !== settle);
    if (rest.length > 0) this.waiting.set(messageId, rest);
    else this.waiting.delete(messageId);
  }
}
