import { decodeS3Key } from '#shared/events/s3-key-encoding.ts';
import type { StoredMessage } from './message.ts';

/** S3 sends one record per message; a replayed SQS body may hold more, but not this many. */
const MAX_KEYS_LISTED = 100;

/** What an operator sees of one dead letter (`failures`, `redrive --dry-run`). */
export interface DeadLetter {
  messageId: string;
  receiveCount: number;
  /** When it was first sent, ISO 8601. */
  sentAt: string;
  /** The object keys its S3 records name, decoded; empty for a body that is no S3 event. */
  keys: string[];
  /** Why its latest processing failed, when the local poller saw it fail. */
  lastError?: string;
}

const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** A key as S3 encoded it, decoded; one that does not decode is shown as sent. */
const decodeOrRaw = (key: string): string => {
  try {
    return decodeS3Key(key);
  } catch {
    return key;
  }
};

/** The object keys an S3 notification body names (at most MAX_KEYS_LISTED). */
export const keysInBody = (body: string): string[] => {
  const records = (parseJson(body) as { Records?: unknown } | undefined)?.Records;
  if (!Array.isArray(records)) return [];
  const keys: string[] = [];
  for (const record of records.slice(0, MAX_KEYS_LISTED)) {
    const key = (record as { s3?: { object?: { key?: unknown } } } | null)?.s3?.object?.key;
    if (typeof key === 'string') keys.push(decodeOrRaw(key));
  }
  return keys;
};

export const describeDeadLetter = (message: StoredMessage): DeadLetter => ({
  messageId: message.messageId,
  receiveCount: message.receiveCount,
  sentAt: new Date(message.sentTimestamp).toISOString(),
  keys: keysInBody(message.body),
  ...(message.lastError !== undefined && { lastError: message.lastError }),
});

/**
 * Whether `filter` picks the message: one of its keys starts with it (a key prefix), or
 * its last error contains it, ignoring case (a failure reason such as `timed out`).
 */
export const matchesFilter = (message: StoredMessage, filter: string): boolean => {
  if (keysInBody(message.body).some((key) => key.startsWith(filter))) return true;
  return message.lastError?.toLowerCase().includes(filter.toLowerCase()) ?? false;
};
