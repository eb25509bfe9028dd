import {
  CreateTableCommand,
  DeleteTableCommand,
  type DynamoDBClient,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { TABLE_INDEXES, TABLE_PARTITION_KEY } from '#shared/domain/table-design.ts';

/** DynamoDB Local creates tables at once; the waiter only guards a slow machine. */
const TABLE_WAIT_SECONDS = 30;

/**
 * Creates a table shaped like ArticlesTable (key and sparse indexes from
 * `shared/domain/table-design.ts`, every index projecting all attributes), for tests.
 * The deployed table is made by the stack, never by this.
 */
export const createArticlesTable = async (
  client: DynamoDBClient,
  tableName: string,
): Promise<void> => {
  const indexes = Object.entries(TABLE_INDEXES);
  const attributes = [TABLE_PARTITION_KEY, ...indexes.map(([, index]) => index.partitionKey)];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: TABLE_PARTITION_KEY, KeyType: 'HASH' }],
      AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      GlobalSecondaryIndexes: indexes.map(([indexName, index]) => ({
        IndexName: indexName,
        KeySchema: [{ AttributeName: index.partitionKey, KeyType: 'HASH' }],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: TABLE_WAIT_SECONDS }, { TableName: tableName });
};

export const deleteArticlesTable = async (client: DynamoDBClient, tableName: string) => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
};
