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

/** Lets a caller wait for the first outcome of the messages it sent. */
export class OutcomeWaiters {
  private readonly waiting = new Map<string, Resolve[]>();

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
  }

  private forget(messageId: string, settle: Resolve): void {
    const rest = (this.waiting.get(messageId) ?? []).filter((s) => s !== settle);
    if (rest.length > 0) this.waiting.set(messageId, rest);
    else this.waiting.delete(messageId);
  }
}
