import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { TableWiring } from '../template/wiring.ts';

/** DynamoDB Local creates tables at once; allow for a slow disk. */
const TABLE_WAIT_SECONDS = 30;

/** The CreateTable request for the template's table (on-demand, as deployed). */
export const createTableInput = (table: TableWiring): CreateTableCommandInput => ({
  TableName: table.name,
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: table.keySchema,
  AttributeDefinitions: table.attributeDefinitions,
  ...(table.globalSecondaryIndexes.length > 0
    ? { GlobalSecondaryIndexes: table.globalSecondaryIndexes }
    : {}),
  ...(table.streamViewType
    ? { StreamSpecification: { StreamEnabled: true, StreamViewType: table.streamViewType } }
    : {}),
});

/** Creates the table unless it exists (data persists across restarts). */
export const ensureTable = async (client: DynamoDBClient, table: TableWiring): Promise<void> => {
  try {
    await client.send(new CreateTableCommand(createTableInput(table)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: TABLE_WAIT_SECONDS },
    { TableName: table.name },
  );
};
