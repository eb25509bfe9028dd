import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Follows one local queue's journal (`<dataDir>/queues/<name>.jsonl`, one line per send,
 * receive or delete): which messages are live now, and every body ever put. Reads only
 * what was appended since the last poll; a compaction (a new file) is read from the start.
 */
/** A live message as the journal last put it. */
export interface LiveMessage {
  body: string;
  /** When it can be received again (epoch ms); in the past when it waits to be received. */
  visibleAt: number;
}

interface JournalLine {
  put?: { messageId: string; body: string; visibleAt?: number };
  del?: string;
}

/** Bytes read per call, so a long journal never has to fit in one buffer. */
const READ_CHUNK_BYTES = 1024 * 1024;

export class JournalTail {
  private offset = 0;
  private inode: number | undefined;
  private partial = '';
  private decoder = new StringDecoder('utf8');
  private readonly live = new Map<string, LiveMessage>();

  constructor(
    private readonly file: string,
    /** Called with every body put, including repeats (a receive re-puts the message). */
    private readonly onBody: (body: string) => void = () => {},
  ) {}

  /** Reads what was appended; returns the live messages. */
  poll(): LiveMessage[] {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(this.file);
    } catch {
      return [...this.live.values()];
    }
    if (stat.ino !== this.inode || stat.size < this.offset) this.reset(stat.ino);
    if (stat.size > this.offset) this.readFrom(stat.size);
    return [...this.live.values()];
  }

  private reset(inode: number): void {
    this.inode = inode;
    this.offset = 0;
    this.partial = '';
    this.decoder = new StringDecoder('utf8');
    this.live.clear();
  }

  private readFrom(size: number): void {
    const fd = openSync(this.file, 'r');
    try {
      const buffer = Buffer.alloc(READ_CHUNK_BYTES);
      while (this.offset < size) {
        const read = readSync(
          fd,
          buffer,
          0,
          Math.min(READ_CHUNK_BYTES, size - this.offset),
          this.offset,
        );
        if (read <= 0) break;
        this.offset += read;
        this.takeText(this.decoder.write(buffer.subarray(0, read)));
      }
    } finally {
      closeSync(fd);
    }
  }

  private takeText(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.takeLine(line);
  }

  private takeLine(line: string): void {
    if (!line.trim()) return;
    let entry: JournalLine;
    try {
      entry = JSON.parse(line) as JournalLine;
    } catch {
      return; // a torn line, as the queue itself skips it
    }
    if (entry.put) {
      this.live.set(entry.put.messageId, {
        body: entry.put.body,
        visibleAt: entry.put.visibleAt ?? 0,
      });
      this.onBody(entry.put.body);
    } else if (entry.del !== undefined) this.live.delete(entry.del);
  }
}
