import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The SDK's document client, as `sdkDynamoApi` wraps it for the CLI, the local stack and
 * tests: optional record fields that are `undefined` are left out of the item instead of
 * failing the marshaller (the functions' HTTP client marshals with the same options).
 */
export const createDocumentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
