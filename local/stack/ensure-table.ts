import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
  waitUntilTableNotExists,
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

type IndexShape = { IndexName?: string; KeySchema?: unknown; Projection?: unknown };

/** Index names, keys and projections, in a form two descriptions can be compared by. */
const indexSignature = (indexes: readonly IndexShape[]): string =>
  JSON.stringify(
    indexes
      .map(({ IndexName, KeySchema, Projection }) => {
        const projection = (Projection ?? {}) as {
          ProjectionType?: string;
          NonKeyAttributes?: string[];
        };
        return {
          IndexName,
          KeySchema,
          ProjectionType: projection.ProjectionType ?? 'ALL',
          NonKeyAttributes: [...(projection.NonKeyAttributes ?? [])].sort(),
        };
      })
      .sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName))),
  );

const create = async (client: DynamoDBClient, table: TableWiring): Promise<void> => {
  await client.send(new CreateTableCommand(createTableInput(table)));
  await waitUntilTableExists(
    { client, maxWaitTime: TABLE_WAIT_SECONDS },
    { TableName: table.name },
  );
};

/**
 * Creates the table unless it exists (data persists across restarts). A table made by
 * an older template, whose indexes differ from the template's, is made again: DynamoDB
 * cannot change an index's keys or projection in place, and the start's reconciliation
 * then ingests every object of the bucket again, which is the backfill docs/TABLE.md
 * describes for a deployed table.
 */
export const ensureTable = async (client: DynamoDBClient, table: TableWiring): Promise<void> => {
  try {
    await create(client, table);
    return;
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: TABLE_WAIT_SECONDS },
    { TableName: table.name },
  );
  const { Table } = await client.send(new DescribeTableCommand({ TableName: table.name }));
  const stored = indexSignature(Table?.GlobalSecondaryIndexes ?? []);
  if (stored === indexSignature(table.globalSecondaryIndexes)) return;
  await client.send(new DeleteTableCommand({ TableName: table.name }));
  await waitUntilTableNotExists(
    { client, maxWaitTime: TABLE_WAIT_SECONDS },
    { TableName: table.name },
  );
  await create(client, table);
};
