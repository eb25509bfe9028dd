import { articleIdFor } from '#shared/domain/article-id.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import type { RecordStore } from '#shared/pipeline/ports.ts';
import type { MessageOutcome } from '../queue/poller.ts';
import { printable } from './printable.ts';

interface ObjectOfMessage {
  bucket: string;
  key: string;
  eventName: string;
}

const TEST_EVENT: ObjectOfMessage = {
  bucket: '',
  key: '(bucket test event)',
  eventName: 's3:TestEvent',
};

/**
 * The objects a message body names, read as the function reads it (the shared parser):
 * the test event, or the objects of each created or removed record. A body the function
 * would refuse names none.
 */
export const objectsOf = (message: { messageId: string; body: string }): ObjectOfMessage[] => {
  try {
    const parsed = parseQueueMessage(message);
    if (parsed.kind === 'test-event') return [TEST_EVENT];
    return parsed.refs.map(({ bucket, key, eventName }) => ({ bucket, key, eventName }));
  } catch {
    return [];
  }
};

/** The status of a record, with why it was rejected or how many articles a file held. */
const statusOf = (record: ArticleRecord | null): string => {
  if (record === null) return 'no record';
  if (record.status === 'rejected') return `rejected (${record.reason})`;
  if (record.status === 'container') return `container (${record.itemCount} articles)`;
  return record.status;
};

/** The status (and reason) of the record the function left for an object. */
const recordStatus = async (
  records: Pick<RecordStore, 'getRecord'>,
  object: ObjectOfMessage,
): Promise<string> => {
  if (object === TEST_EVENT) return 'ignored';
  return statusOf(await records.getRecord(articleIdFor(object.bucket, object.key)));
};

/** One console line per object of a processed message: `key (event) -> status`, escaped. */
export const describeOutcome = async (
  outcome: MessageOutcome,
  records: Pick<RecordStore, 'getRecord'>,
): Promise<string[]> => {
  const objects = objectsOf(outcome);
  if (objects.length === 0) return [printable(`message ${outcome.messageId} -> ${outcome.status}`)];
  return Promise.all(
    objects.map(async (object) => {
      const status =
        outcome.status === 'failed'
          ? `failed on receive ${outcome.receiveCount}: ${outcome.error ?? 'unknown error'}`
          : await recordStatus(records, object).catch(() => 'processed');
      return printable(`${object.key} (${object.eventName}) -> ${status}`);
    }),
  );
};
