import { GetObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import type { StackClients } from './stack.ts';

/** A laptop's table is small: `list` shows every record rather than a first page. */
const LIST_EVERYTHING = Number.POSITIVE_INFINITY;

const queriesFor = ({ db, info }: StackClients) =>
  createDynamoRecordQueries(db, info.tableName, createDynamoRecordStore(db, info.tableName));

export const getRecordByKey = (clients: StackClients, key: string): Promise<ArticleRecord | null> =>
  queriesFor(clients).getRecordByKey(clients.info.articlesBucket, key);

/** The records of a container's articles, in file order (a missing one is skipped). */
export const getItemRecords = async (
  clients: StackClients,
  container: Extract<ArticleRecord, { status: 'container' }>,
): Promise<ArticleRecord[]> => {
  const store = createDynamoRecordStore(clients.db, clients.info.tableName);
  const records = await Promise.all(container.items.map((id) => store.getRecord(id)));
  return records.filter((record): record is ArticleRecord => record !== null);
};

/** Every record, or those published on `date` (through the byPublishedDate index). */
export const listRecords = (
  clients: StackClients,
  options: { date?: string } = {},
): Promise<ArticleRecord[]> =>
  queriesFor(clients).listRecords({ publishedDate: options.date, limit: LIST_EVERYTHING });

/**
 * Puts an offloaded body back: when the record points at ContentBucket, the body and
 * sections stored there replace the emptied ones in the record.
 */
export const inlineContent = async (
  { s3 }: StackClients,
  record: ArticleRecord,
): Promise<ArticleRecord> => {
  if (record.status !== 'ingested' || !record.contentRef) return record;
  const { bucket, key } = record.contentRef;
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const content = JSON.parse((await object.Body?.transformToString('utf8')) ?? '{}');
  return {
    ...record,
    body: content.body ?? record.body,
    sections: content.sections ?? record.sections,
  };
};
