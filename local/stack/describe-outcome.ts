import { articleIdFor } from '#shared/domain/article-id.ts';
import { type ObjectChange, sequencerKey } from '#shared/domain/object-ref.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { printable } from '../command-line/printable.ts';
import type { ObjectOutcome } from '../control/outcome-waiters.ts';
import type { MessageOutcome } from '../queue/poller.ts';

interface ObjectOfMessage {
  bucket: string;
  key: string;
  eventName: string;
  change?: ObjectChange;
  sequencer?: string;
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
    return parsed.refs.map(({ bucket, key, eventName, change, sequencer }) => ({
      bucket,
      key,
      eventName,
      change,
      sequencer,
    }));
  } catch {
    return [];
  }
};

type Settled = Pick<ObjectOutcome, 'outcome' | 'reason' | 'itemCount'>;

/** What an outcome needs of the stored record: a whole `ArticleRecord` is one. */
export interface StoredState {
  sequencerKey: string;
  status: ArticleRecord['status'];
  reason?: string;
  itemCount?: number;
}

const RECORD_STATUSES: ReadonlySet<unknown> = new Set<ArticleRecord['status']>([
  'ingested',
  'rejected',
  'removed',
  'container',
]);

export const isRecordStatus = (value: unknown): value is ArticleRecord['status'] =>
  RECORD_STATUSES.has(value);

/** Reads the stored state of an article (null when none is stored). */
export interface StateSource {
  getRecord(articleId: string): Promise<StoredState | null>;
}

/** What the record this very event wrote says: its status, with a reason or a count. */
const writtenBy = (record: StoredState): Settled => {
  if (record.status === 'rejected') return { outcome: 'rejected', reason: record.reason };
  if (record.status === 'container') return { outcome: 'container', itemCount: record.itemCount };
  return { outcome: record.status };
};

/**
 * What the function did with one object, read back from the record it leaves, the way
 * its writes decide (shared/pipeline/write-object.ts): every write is conditional on the
 * event's sequencer, so a record carrying this event's sequencer is what it wrote, a
 * later one means it lost (`stale`), and none or an earlier one means it wrote nothing:
 * a created object gone when fetched, or a removal of an object still there (`skipped`).
 */
export const settleObject = (object: ObjectOfMessage, record: StoredState | null): Settled => {
  const event = object.sequencer === undefined ? undefined : sequencerKey(object.sequencer);
  if (record !== null && event !== undefined) {
    if (record.sequencerKey > event) return { outcome: 'stale' };
    if (record.sequencerKey === event) return writtenBy(record);
  }
  const reason = object.change === 'removed' ? 'object still exists' : 'object missing';
  return { outcome: 'skipped', reason };
};

const outcomeOf = async (
  message: MessageOutcome,
  object: ObjectOfMessage,
  records: StateSource,
): Promise<ObjectOutcome> => {
  const named = { key: object.key, eventName: object.eventName };
  if (message.status === 'failed') {
    const why = `on receive ${message.receiveCount}: ${message.error ?? 'unknown error'}`;
    return { ...named, outcome: 'failed', reason: why };
  }
  if (object === TEST_EVENT) return { ...named, outcome: 'ignored' };
  try {
    const record = await records.getRecord(articleIdFor(object.bucket, object.key));
    return { ...named, ...settleObject(object, record) };
  } catch {
    return { ...named, outcome: 'unknown' };
  }
};

/** The outcome of every object a handled message names (none for a body naming none). */
export const objectOutcomes = (
  message: MessageOutcome,
  records: StateSource,
): Promise<ObjectOutcome[]> =>
  Promise.all(objectsOf(message).map((object) => outcomeOf(message, object, records)));

/** `ingested`, `rejected (binary)`, `container (3 articles)`, `skipped (object missing)`… */
export const outcomeText = ({ outcome, reason, itemCount }: ObjectOutcome): string => {
  if (outcome === 'container') return `container (${itemCount ?? 0} articles)`;
  if (outcome === 'failed') return `failed ${reason ?? ''}`.trimEnd();
  return reason === undefined ? outcome : `${outcome} (${reason})`;
};

/** `key (event) -> outcome`, escaped. */
const objectLine = (object: ObjectOutcome): string =>
  printable(`${object.key} (${object.eventName}) -> ${outcomeText(object)}`);

/** One console line per object of a processed message (the message alone if none), escaped. */
export const outcomeLines = (message: MessageOutcome, objects: ObjectOutcome[]): string[] =>
  objects.length === 0
    ? [printable(`message ${message.messageId} -> ${message.status}`)]
    : objects.map(objectLine);

/** The console lines of a processed message, its objects' records read back. */
export const describeOutcome = async (
  message: MessageOutcome,
  records: StateSource,
): Promise<string[]> => outcomeLines(message, await objectOutcomes(message, records));
