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

/**
 * An append-only log of one queue's changes (`<dir>/<queue>.jsonl`): every send,
 * receive and delete is one line, so nothing is lost if the process dies. Opening
 * replays and compacts it.
 */
export class QueueJournal {
  private readonly file: string;

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
    appendFileSync(this.file, `${JSON.stringify({ put: message })}\n`);
  }

  delete(messageId: string): void {
    appendFileSync(this.file, `${JSON.stringify({ del: messageId })}\n`);
  }

  /** Rewrites the log as one line per live message. */
  compact(messages: Iterable<StoredMessage>): void {
    const lines = [...messages].map((put) => `${JSON.stringify({ put })}\n`).join('');
    writeFileSync(`${this.file}.tmp`, lines);
    renameSync(`${this.file}.tmp`, this.file);
  }
}
