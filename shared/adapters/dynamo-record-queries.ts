import { type DynamoDBDocumentClient, paginateQuery, paginateScan } from '@aws-sdk/lib-dynamodb';
import { articleIdFor } from '../domain/article-id.ts';
import type { ArticleRecord } from '../domain/record.ts';
import { TABLE_INDEXES, type TableIndexName } from '../domain/table-design.ts';
import type { RecordStore } from '../pipeline/ports.ts';
import { parseRecord } from './dynamo-record-store.ts';

/** How many records `listRecords` returns when the caller names no limit. */
export const DEFAULT_LIST_LIMIT = 100;

const BY_PUBLISHED_DATE: TableIndexName = 'byPublishedDate';

export interface ListRecordsOptions {
  /** `YYYY-MM-DD`: only articles published that day (through the byPublishedDate index). */
  publishedDate?: string;
  limit?: number;
}

export interface RecordQueries {
  /** The current record of one object, by the bucket and the (decoded) key. */
  getRecordByKey(bucket: string, key: string): Promise<ArticleRecord | null>;
  /** Records of one publication day, or any records (a scan) when no day is given. */
  listRecords(options?: ListRecordsOptions): Promise<ArticleRecord[]>;
}

/** Read helpers over ArticlesTable for the CLI and tests. */
export const createDynamoRecordQueries = (
  client: DynamoDBDocumentClient,
  tableName: string,
  store: Pick<RecordStore, 'getRecord'>,
): RecordQueries => ({
  getRecordByKey: (bucket, key) => store.getRecord(articleIdFor(bucket, key)),

  async listRecords({ publishedDate, limit = DEFAULT_LIST_LIMIT } = {}) {
    const pages =
      publishedDate === undefined
        ? paginateScan({ client }, { TableName: tableName })
        : paginateQuery(
            { client },
            {
              TableName: tableName,
              IndexName: BY_PUBLISHED_DATE,
              KeyConditionExpression: '#date = :date',
              ExpressionAttributeNames: { '#date': TABLE_INDEXES.byPublishedDate.partitionKey },
              ExpressionAttributeValues: { ':date': publishedDate },
            },
          );
    const records: ArticleRecord[] = [];
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        if (records.length >= limit) return records;
        records.push(parseRecord(item));
      }
    }
    return records;
  },
});
