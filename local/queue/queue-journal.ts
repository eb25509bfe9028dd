import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { StoredMessage } from './message.ts';

type JournalEntry = { put: StoredMessage } | { del: string };

/** A log with this many lines per live message (and some minimum) is rewritten compactly. */
const COMPACT_RATIO = 8;
const COMPACT_MIN_LINES = 10_000;

/**
 * An append-only log of one queue's changes (`<dir>/<queue>.jsonl`): every send,
 * receive and delete is one line, so nothing is lost if the process dies. Opening
 * replays and compacts it.
 */
export class QueueJournal {
  private readonly file: string;
  private lines = 0;

  constructor(dir: string, queueName: string) {
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, `${queueName}.jsonl`);
  }

  /** The messages the log describes, in send order. A torn last line is skipped. */
  load(): StoredMessage[] {
    if (!existsSync(this.file)) return [];
    const messages = new Map<string, StoredMessage>();
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        continue;
      }
      if ('put' in entry) messages.set(entry.put.messageId, entry.put);
      else messages.delete(entry.del);
    }
    return [...messages.values()];
  }

  put(message: StoredMessage): void {
    this.append({ put: message });
  }

  delete(messageId: string): void {
    this.append({ del: messageId });
  }

  /** Whether the log has grown long enough, for `liveCount` messages, to be compacted. */
  isBloated(liveCount: number): boolean {
    return this.lines > Math.max(COMPACT_MIN_LINES, liveCount * COMPACT_RATIO);
  }

  /** Rewrites the log as one line per live message. */
  compact(messages: Iterable<StoredMessage>): void {
    const lines = [...messages].map((put) => `${JSON.stringify({ put })}\n`).join('');
    writeFileSync(`${this.file}.tmp`, lines);
    renameSync(`${this.file}.tmp`, this.file);
    this.lines = 0;
  }

  private append(entry: JournalEntry): void {
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    this.lines += 1;
  }
}
