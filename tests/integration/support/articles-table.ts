import {
  CreateTableCommand,
  DeleteTableCommand,
  type DynamoDBClient,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import {
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  type TableIndex,
} from '#shared/domain/table-design.ts';

/** DynamoDB Local creates tables at once; the waiter only guards a slow machine. */
const TABLE_WAIT_SECONDS = 30;

/** ArticlesTable's key attributes and indexes as CreateTable takes them, from the design. */
export const articlesTableShape = () => {
  const indexes = Object.entries(TABLE_INDEXES) as [string, TableIndex][];
  const keys = indexes.flatMap(([, index]) => [index.partitionKey, index.sortKey ?? []].flat());
  return {
    keySchema: [{ AttributeName: TABLE_PARTITION_KEY, KeyType: 'HASH' as const }],
    attributeDefinitions: [...new Set([TABLE_PARTITION_KEY, ...keys])].map((AttributeName) => ({
      AttributeName,
      AttributeType: 'S' as const,
    })),
    globalSecondaryIndexes: indexes.map(([IndexName, index]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        ...(index.sortKey ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' as const }] : []),
      ],
      Projection:
        index.projected.length > 0
          ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.projected] }
          : { ProjectionType: 'KEYS_ONLY' as const },
    })),
  };
};

/**
 * Creates a table shaped like ArticlesTable (key and sparse indexes from
 * `shared/domain/table-design.ts`, projected as the stack projects them), for tests.
 * The deployed table is made by the stack, never by this.
 */
export const createArticlesTable = async (
  client: DynamoDBClient,
  tableName: string,
): Promise<void> => {
  const shape = articlesTableShape();
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: shape.keySchema,
      AttributeDefinitions: shape.attributeDefinitions,
      GlobalSecondaryIndexes: shape.globalSecondaryIndexes,
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: TABLE_WAIT_SECONDS }, { TableName: tableName });
};

export const deleteArticlesTable = async (client: DynamoDBClient, tableName: string) => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
};
