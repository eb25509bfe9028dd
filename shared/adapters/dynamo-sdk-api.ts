import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DynamoApi } from './dynamo-api.ts';

/**
 * `DynamoApi` over the SDK's document client (`createDocumentClient`), for the CLI, the
 * local stack and tests. SDK errors pass through: a failed condition is the SDK's
 * `ConditionalCheckFailedException`, whose name `isConditionalCheckFailure` checks.
 */
export const sdkDynamoApi = (client: DynamoDBDocumentClient): DynamoApi => ({
  get: async (input) => ({ Item: (await client.send(new GetCommand(input))).Item }),
  put: async (input) => {
    await client.send(new PutCommand(input));
  },
  update: async (input) => {
    await client.send(new UpdateCommand(input));
  },
  query: async (input) => pageOf(await client.send(new QueryCommand(input))),
  scan: async (input) => pageOf(await client.send(new ScanCommand(input))),
  batchGet: async (input) => {
    const { Responses, UnprocessedKeys } = await client.send(new BatchGetCommand(input));
    return { Responses, UnprocessedKeys };
  },
});

const pageOf = ({ Items, LastEvaluatedKey }: { Items?: object[]; LastEvaluatedKey?: object }) => ({
  Items: Items as Record<string, unknown>[] | undefined,
  LastEvaluatedKey: LastEvaluatedKey as Record<string, unknown> | undefined,
});
