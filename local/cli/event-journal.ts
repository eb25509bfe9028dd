import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { printable } from '../command-line/printable.ts';

/** How often `--follow` looks for new events. */
const FOLLOW_INTERVAL_MS = 250;
/** Bytes read from the journal at once. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads the journal's complete lines from `offset` on; returns them and the offset after
 * the last one (a line still being written is left for the next read).
 */
export const readJournal = (file: string, offset: number): { lines: string[]; offset: number } => {
  if (!existsSync(file)) return { lines: [], offset };
  const size = statSync(file).size;
  if (size < offset) return readJournal(file, 0); // the data dir was reset
  const fd = openSync(file, 'r');
  const chunks: Buffer[] = [];
  try {
    for (let at = offset; at < size; ) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, size - at));
      const read = readSync(fd, chunk, 0, chunk.length, at);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const end = text.lastIndexOf('\n') + 1;
  const complete = text.slice(0, end);
  return {
    lines: complete.split('\n').filter((line) => line.length > 0),
    offset: offset + Buffer.byteLength(complete),
  };
};

/** Prints the journal's lines as they are appended, until `signal` aborts. */
export const followJournal = async (
  file: string,
  from: number,
  onLine: (line: string) => void,
  signal: AbortSignal,
): Promise<void> => {
  let offset = from;
  while (!signal.aborted) {
    const read = readJournal(file, offset);
    for (const line of read.lines) onLine(line);
    offset = read.offset;
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_INTERVAL_MS));
  }
};

/** Detail fields a human line shows after the key, when the event has them. */
const SHOWN_FIELDS = ['status', 'reason', 'language', 'publisher', 'publishedDate', 'format'];

/** One journal line as a console line: time, detail-type, key, then the facts it carries. */
export const eventLine = (line: string): string => {
  let event: { time?: unknown; 'detail-type'?: unknown; detail?: Record<string, unknown> };
  try {
    event = JSON.parse(line) as typeof event;
  } catch {
    return `unreadable journal line: ${printable(line.slice(0, 80))}`;
  }
  const detail = event.detail ?? {};
  const facts = SHOWN_FIELDS.filter((name) => detail[name] !== undefined).map(
    (name) => `${name}=${printable(String(detail[name]))}`,
  );
  const changed = Array.isArray(detail.changedFields)
    ? [`changed=${printable(detail.changedFields.join(','))}`]
    : [];
  return [
    String(event.time ?? ''),
    String(event['detail-type'] ?? ''),
    printable(String(detail.key ?? '')),
    ...facts,
    ...changed,
  ].join('  ');
};
