import type { DynamoApi } from '#shared/adapters/dynamo-api.ts';
import { batchGetItems } from '#shared/adapters/dynamo-batch-get.ts';
import { isRecordStatus, type StoredState } from './describe-outcome.ts';

/** What an outcome line needs of a stored record: kept outside the packed text. */
const STATE_ATTRIBUTES = ['sequencerKey', 'status', 'reason', 'itemCount'] as const;

interface Reader {
  resolve(state: StoredState | null): void;
  reject(error: unknown): void;
}

const stateOf = (item: Record<string, unknown>): StoredState | null => {
  const { sequencerKey, status, reason, itemCount } = item;
  if (typeof sequencerKey !== 'string' || !isRecordStatus(status)) return null;
  return {
    sequencerKey,
    status,
    ...(typeof reason === 'string' && { reason }),
    ...(typeof itemCount === 'number' && { itemCount }),
  };
};

/**
 * Reads back the state of the records processed messages left, for the outcome lines:
 * the reads asked for in one turn of the event loop (the messages of a batch are
 * reported together) go as one strongly consistent BatchGetItem of those attributes
 * alone, instead of a GetItem of each whole record. A read that fails rejects every
 * read of its batch.
 */
export const createStateReader = (client: DynamoApi, tableName: string) => {
  let waiting: Map<string, Reader[]> | undefined;
  const readAll = async (asked: Map<string, Reader[]>) => {
    try {
      const items = await batchGetItems(client, tableName, [...asked.keys()], {
        consistentRead: true,
        attributes: STATE_ATTRIBUTES,
      });
      for (const [id, readers] of asked) {
        const item = items.get(id);
        for (const reader of readers) reader.resolve(item ? stateOf(item) : null);
      }
    } catch (error) {
      for (const reader of [...asked.values()].flat()) reader.reject(error);
    }
  };
  return {
    getRecord(articleId: string): Promise<StoredState | null> {
      if (waiting === undefined) {
        const asked = new Map<string, Reader[]>();
        waiting = asked;
        setImmediate(() => {
          waiting = undefined;
          void readAll(asked);
        });
      }
      const asked = waiting;
      return new Promise((resolve, reject) => {
        asked.set(articleId, [...(asked.get(articleId) ?? []), { resolve, reject }]);
      });
    },
  };
};
