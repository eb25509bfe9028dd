import type { BatchGetOutput, DynamoApi, DynamoItem, ItemPage } from '../dynamo-api.ts';
import type { AwsTarget } from './aws-target.ts';
import { fromWire, stringifyRequest, toWire } from './dynamo-json.ts';
import { callJson, type JsonService } from './json-protocol.ts';

/** A BatchGetItem answer is at most 16 MB of items; JSON and base64 add to that. */
const DYNAMODB: JsonService = {
  service: 'DynamoDB',
  targetPrefix: 'DynamoDB_20120810',
  version: '1.0',
  maxResponseBytes: 48 * 1024 * 1024,
};

type Wire = Record<string, unknown>;

/** The document members a request carries as attribute values. */
const withWireValues = (input: object): Wire => {
  const wire = { ...input } as Wire;
  for (const member of ['Key', 'Item', 'ExpressionAttributeValues', 'ExclusiveStartKey']) {
    const value = wire[member];
    if (value !== undefined) wire[member] = toWire(value as DynamoItem);
  }
  return wire;
};

const itemsOf = (items: unknown): DynamoItem[] =>
  Array.isArray(items) ? items.map((item) => fromWire(item)) : [];

const pageOf = (answer: Wire): ItemPage => ({
  Items: itemsOf(answer.Items),
  ...(answer.LastEvaluatedKey !== undefined && {
    LastEvaluatedKey: fromWire(answer.LastEvaluatedKey),
  }),
});

/** Each table's entry of a BatchGetItem request or answer, mapped. */
const perTable = <T>(tables: unknown, map: (entry: Wire) => T): Record<string, T> =>
  Object.fromEntries(
    Object.entries((tables ?? {}) as Record<string, Wire>).map(([table, e]) => [table, map(e)]),
  );

/**
 * `DynamoApi` over DynamoDB's JSON 1.0 protocol: documents marshalled with
 * util-dynamodb (as lib-dynamodb does), signed and retried by `send`. A failed condition
 * is an `AwsServiceError` named `ConditionalCheckFailedException`.
 */
export const httpDynamoApi = (target: () => AwsTarget): DynamoApi => {
  const call = async (operation: string, request: Wire): Promise<Wire> =>
    (await callJson(target(), DYNAMODB, operation, stringifyRequest(request))) as Wire;
  return {
    async get(input) {
      const answer = await call('GetItem', withWireValues(input));
      return answer.Item === undefined ? {} : { Item: fromWire(answer.Item) };
    },
    async put(input) {
      await call('PutItem', withWireValues(input));
    },
    async update(input) {
      await call('UpdateItem', withWireValues(input));
    },
    query: async (input) => pageOf(await call('Query', withWireValues(input))),
    scan: async (input) => pageOf(await call('Scan', withWireValues(input))),
    async batchGet(input) {
      const answer = await call('BatchGetItem', {
        RequestItems: perTable(input.RequestItems, (entry) => ({
          ...entry,
          Keys: (entry.Keys as DynamoItem[]).map(toWire),
        })),
      });
      const output: BatchGetOutput = {
        Responses: perTable(answer.Responses, (items) => itemsOf(items)),
      };
      if (answer.UnprocessedKeys !== undefined) {
        output.UnprocessedKeys = perTable(answer.UnprocessedKeys, (entry) => ({
          Keys: itemsOf(entry.Keys),
        }));
      }
      return output;
    },
  };
};
