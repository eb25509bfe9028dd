import { newMessage, newReceiptHandle, type StoredMessage } from './message.ts';
import type { QueueJournal } from './queue-journal.ts';

export interface LocalQueueOptions {
  name: string;
  visibilityTimeoutMs: number;
  /** After this many receives the next receive moves the message to `deadLetterQueue`. */
  redrive?: { deadLetterQueue: LocalQueue; maxReceiveCount: number };
  journal?: QueueJournal;
  now?: () => number;
}

/** A received message: the stored one plus the handle that deletes it. */
export type ReceivedMessage = StoredMessage & { receiptHandle: string };

type Listener = (message: StoredMessage) => void;

/**
 * SQS standard-queue semantics in process: visibility timeout, receive counts,
 * receipt handles, redrive to a dead-letter queue after `maxReceiveCount` receives.
 */
export class LocalQueue {
  readonly name: string;
  private readonly messages = new Map<string, StoredMessage>();
  private readonly sentListeners: Listener[] = [];
  private readonly deadLetterListeners: Listener[] = [];
  private readonly now: () => number;

  constructor(private readonly options: LocalQueueOptions) {
    this.name = options.name;
    this.now = options.now ?? Date.now;
    for (const message of options.journal?.load() ?? [])
      this.messages.set(message.messageId, message);
    options.journal?.compact(this.messages.values());
  }

  /** Sends a message; returns it as stored. */
  send(body: string): StoredMessage {
    return this.accept(newMessage(body, this.now()));
  }

  /** Takes in a message as it is (a redrive keeps id, body and counts). */
  accept(message: StoredMessage): StoredMessage {
    this.store(message);
    for (const listener of this.sentListeners) listener(message);
    return message;
  }

  /** Up to `max` visible messages, now invisible for the visibility timeout. */
  receive(max: number): ReceivedMessage[] {
    const now = this.now();
    const received: ReceivedMessage[] = [];
    for (const message of [...this.messages.values()]) {
      if (received.length >= max) break;
      if (message.visibleAt > now) continue;
      const redrive = this.options.redrive;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        this.moveToDeadLetterQueue(message, redrive.deadLetterQueue);
        continue;
      }
      const next: ReceivedMessage = {
        ...message,
        receiveCount: message.receiveCount + 1,
        firstReceiveTimestamp: message.firstReceiveTimestamp ?? now,
        visibleAt: now + this.options.visibilityTimeoutMs,
        receiptHandle: newReceiptHandle(message.messageId),
      };
      this.store(next);
      received.push(next);
    }
    return received;
  }

  /** Deletes the message if `receiptHandle` is from its latest receive. */
  delete(receiptHandle: string): boolean {
    const message = this.latestReceived(receiptHandle);
    if (message) this.remove(message.messageId);
    return message !== undefined;
  }

  /**
   * Makes a received message visible again at once and gives its receive back: for a
   * batch the local stack stopped before it finished. Stopping is not a failed attempt,
   * so it must neither hide the message for the visibility timeout nor bring it nearer
   * the dead-letter queue. False when the handle is not from the latest receive.
   */
  release(receiptHandle: string): boolean {
    const message = this.latestReceived(receiptHandle);
    if (message)
      this.store({
        ...message,
        receiveCount: Math.max(0, message.receiveCount - 1),
        visibleAt: this.now(),
      });
    return message !== undefined;
  }

  /** Messages in the queue, visible or in flight. */
  depth(): number {
    return this.messages.size;
  }

  visibleCount(): number {
    const now = this.now();
    let count = 0;
    for (const message of this.messages.values()) if (message.visibleAt <= now) count += 1;
    return count;
  }

  /** When the earliest in-flight message becomes visible again, if any is in flight. */
  nextVisibleAt(): number | undefined {
    const now = this.now();
    let next: number | undefined;
    for (const { visibleAt } of this.messages.values())
      if (visibleAt > now && (next === undefined || visibleAt < next)) next = visibleAt;
    return next;
  }

  peek(): StoredMessage[] {
    return [...this.messages.values()];
  }

  /** Moves every message to `target` as a new send (the redrive of an SQS console). */
  redriveTo(target: LocalQueue): number {
    return this.redriveWhere(target, () => true).length;
  }

  /**
   * Moves the messages `matches` picks to `target`, each as a new send, and returns them
   * as they were; with `dryRun`, only returns them.
   */
  redriveWhere(
    target: LocalQueue,
    matches: (message: StoredMessage) => boolean,
    options: { dryRun?: boolean } = {},
  ): StoredMessage[] {
    const picked = this.peek().filter(matches);
    if (options.dryRun) return picked;
    for (const message of picked) {
      this.remove(message.messageId);
      target.send(message.body);
    }
    return picked;
  }

  /** Notes why the message's latest processing failed; it stays in the queue for retry. */
  recordFailure(messageId: string, error: string): void {
    const message = this.messages.get(messageId);
    if (message) this.store({ ...message, lastError: error });
  }

  onSent(listener: Listener): void {
    this.sentListeners.push(listener);
  }

  onDeadLettered(listener: Listener): void {
    this.deadLetterListeners.push(listener);
  }

  /** Rewrites the journal compactly (on shutdown). */
  persist(): void {
    this.options.journal?.compact(this.messages.values());
  }

  private moveToDeadLetterQueue(message: StoredMessage, dlq: LocalQueue): void {
    this.remove(message.messageId);
    const { receiptHandle: _, ...rest } = message;
    dlq.accept({ ...rest, visibleAt: this.now() });
    for (const listener of this.deadLetterListeners) listener(message);
  }

  /** The message whose latest receive gave out `receiptHandle`, if any. */
  private latestReceived(receiptHandle: string): StoredMessage | undefined {
    for (const message of this.messages.values())
      if (message.receiptHandle === receiptHandle) return message;
    return undefined;
  }

  private store(message: StoredMessage): void {
    this.messages.set(message.messageId, message);
    this.options.journal?.put(message);
  }

  private remove(messageId: string): void {
    this.messages.delete(messageId);
    const journal = this.options.journal;
    journal?.delete(messageId);
    if (journal?.isBloated(this.messages.size)) journal.compact(this.messages.values());
  }
}
