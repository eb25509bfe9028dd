import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ensureTable } from '#local/stack/ensure-table.ts';
import type { TableWiring } from '#local/template/wiring.ts';
import { TABLE_INDEXES, TABLE_PARTITION_KEY } from '#shared/domain/table-design.ts';
import { articlesTableShape } from './support/articles-table.ts';
import { emulatorClients, uniqueName } from './support/emulator-clients.ts';

/** The table as the template describes it, read from the same design the stack uses. */
const wiringFor = (name: string): TableWiring => ({
  logicalId: 'ArticlesTable',
  name,
  ...articlesTableShape(),
});

describe('ensureTable', () => {
  const clients = emulatorClients();
  const indexNames = async (name: string) => {
    const { Table } = await clients.dynamo.send(new DescribeTableCommand({ TableName: name }));
    return (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
  };
  const itemCount = async (name: string) =>
    (await clients.documents.send(new GetCommand({ TableName: name, Key: { articleId: 'a1' } })))
      .Item === undefined
      ? 0
      : 1;

  it('keeps a table, and its items, whose indexes are the template’s', async () => {
    const wiring = wiringFor(uniqueName('ensure'));
    await ensureTable(clients.dynamo, wiring);
    await clients.documents.send(
      new PutCommand({ TableName: wiring.name, Item: { articleId: 'a1' } }),
    );

    await ensureTable(clients.dynamo, wiring);

    expect(await itemCount(wiring.name)).toBe(1);
  });

  it('makes again a table an older template made with other indexes', async () => {
    const wiring = wiringFor(uniqueName('ensure'));
    await clients.dynamo.send(
      new CreateTableCommand({
        TableName: wiring.name,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: wiring.keySchema,
        AttributeDefinitions: [
          { AttributeName: TABLE_PARTITION_KEY, AttributeType: 'S' },
          { AttributeName: 'publishedDate', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byPublishedDate',
            KeySchema: [{ AttributeName: 'publishedDate', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    await clients.documents.send(
      new PutCommand({ TableName: wiring.name, Item: { articleId: 'a1' } }),
    );

    await ensureTable(clients.dynamo, wiring);

    expect(await indexNames(wiring.name)).toEqual(Object.keys(TABLE_INDEXES).sort());
    expect(await itemCount(wiring.name)).toBe(0); // the start's reconciliation ingests again
  });
});
