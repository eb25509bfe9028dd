import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import type { ContentReader } from '#shared/pipeline/ports.ts';
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

/** Reads offloaded bodies back from the stack's ContentBucket (see `inlineContent`). */
export const contentReader = ({ s3, info }: StackClients): ContentReader =>
  createS3ContentStore(s3, info.contentBucket);
