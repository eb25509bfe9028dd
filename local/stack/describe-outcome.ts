import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { TABLE_PARTITION_KEY } from '#shared/domain/table-design.ts';
import { decodeS3Key } from '#shared/events/s3-key-encoding.ts';
import type { MessageOutcome } from '../queue/poller.ts';
import { printable } from './printable.ts';

interface ObjectOfMessage {
  bucket: string;
  key: string;
  eventName: string;
}

/** The objects a message body names (none for a test event or a body that is not JSON). */
export const objectsOf = (body: string): ObjectOfMessage[] => {
  try {
    const parsed = JSON.parse(body) as {
      Event?: string;
      Bucket?: string;
      Records?: {
        eventName?: string;
        s3?: { bucket?: { name?: string }; object?: { key?: string } };
      }[];
    };
    if (parsed.Event === 's3:TestEvent')
      return [
        { bucket: parsed.Bucket ?? '?', key: '(bucket test event)', eventName: 's3:TestEvent' },
      ];
    return (parsed.Records ?? []).map((record) => ({
      bucket: record.s3?.bucket?.name ?? '?',
      key: decodeS3Key(record.s3?.object?.key ?? ''),
      eventName: record.eventName ?? '?',
    }));
  } catch {
    return [];
  }
};

/** The status (and reason) of the record the function left for an object. */
const recordStatus = async (client: DynamoDBClient, table: string, object: ObjectOfMessage) => {
  if (object.eventName === 's3:TestEvent') return 'ignored';
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: table,
      Key: { [TABLE_PARTITION_KEY]: { S: articleIdFor(object.bucket, object.key) } },
      ProjectionExpression: '#s, reason, itemCount',
      ExpressionAttributeNames: { '#s': 'status' },
    }),
  );
  const status = Item?.status?.S ?? 'no record';
  if (Item?.reason?.S) return `${status} (${Item.reason.S})`;
  return Item?.itemCount?.N ? `${status} (${Item.itemCount.N} articles)` : status;
};

/** One console line per object of a processed message: `key (event) -> status`, escaped. */
export const describeOutcome = async (
  outcome: MessageOutcome,
  client: DynamoDBClient,
  table: string,
): Promise<string[]> => {
  const objects = objectsOf(outcome.body);
  if (objects.length === 0) return [printable(`message ${outcome.messageId} -> ${outcome.status}`)];
  return Promise.all(
    objects.map(async (object) => {
      const status =
        outcome.status === 'failed'
          ? `failed on receive ${outcome.receiveCount}: ${outcome.error ?? 'unknown error'}`
          : await recordStatus(client, table, object).catch(() => 'processed');
      return printable(`${object.key} (${object.eventName}) -> ${status}`);
    }),
  );
};
