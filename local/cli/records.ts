import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, paginateQuery, paginateScan } from '@aws-sdk/lib-dynamodb';
import { articleIdFor } from '#shared/domain/article-id.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { TABLE_INDEXES, TABLE_PARTITION_KEY } from '#shared/domain/table-design.ts';
import type { StackClients } from './stack.ts';

/**
 * Thin reads of the ArticlesTable for the CLI. Records are returned as stored (every
 * attribute kept), not re-parsed, so `--json` shows exactly what downstream readers see.
 */
export type StoredRecord = ArticleRecord & Record<string, unknown>;

export const getRecordByKey = async (
  { db, info }: StackClients,
  key: string,
): Promise<StoredRecord | null> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: info.tableName,
      Key: { [TABLE_PARTITION_KEY]: articleIdFor(info.articlesBucket, key) },
    }),
  );
  return (Item as StoredRecord | undefined) ?? null;
};

/** Every record, or those published on `date` (through the byPublishedDate index). */
export const listRecords = async (
  { db, info }: StackClients,
  options: { date?: string } = {},
): Promise<StoredRecord[]> => {
  const pages = options.date
    ? paginateQuery(
        { client: db },
        {
          TableName: info.tableName,
          IndexName: 'byPublishedDate',
          KeyConditionExpression: '#day = :day',
          ExpressionAttributeNames: { '#day': TABLE_INDEXES.byPublishedDate.partitionKey },
          ExpressionAttributeValues: { ':day': options.date },
        },
      )
    : paginateScan({ client: db }, { TableName: info.tableName });
  const records: StoredRecord[] = [];
  for await (const page of pages) records.push(...((page.Items ?? []) as StoredRecord[]));
  return records;
};

/**
 * Puts an offloaded body back: when the record points at ContentBucket, the JSON
 * stored there (body and sections) is merged into the record.
 */
export const inlineContent = async (
  { s3 }: StackClients,
  record: StoredRecord,
): Promise<StoredRecord> => {
  const ref = record.status === 'ingested' ? record.contentRef : undefined;
  if (!ref) return record;
  const object = await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
  const content = JSON.parse((await object.Body?.transformToString('utf8')) ?? '{}');
  return { ...record, ...content };
};
