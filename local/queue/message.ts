import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A message as the local queue keeps it (and persists it). Times are epoch ms. */
export interface StoredMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  sentTimestamp: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** Invisible (in flight) until this time. */
  visibleAt: number;
  /** The handle of the latest receive; only it deletes the message. */
  receiptHandle?: string;
  /** Why its latest processing failed, when it did (kept into the dead-letter queue). */
  lastError?: string;
}

export const newMessage = (body: string, now: number): StoredMessage => ({
  messageId: randomUUID(),
  body,
  md5OfBody: createHash('md5').update(body, 'utf8').digest('hex'),
  sentTimestamp: now,
  receiveCount: 0,
  visibleAt: now,
});

/** Opaque like SQS's: long, random, different on every receive. */
export const newReceiptHandle = (messageId: string): string =>
  `${Buffer.from(messageId).toString('base64')}${randomBytes(48).toString('base64')}`;
