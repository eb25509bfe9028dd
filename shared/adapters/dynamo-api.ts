/**
 * The DynamoDB calls the stores make, at document level: plain JS values in and out,
 * in the input shapes lib-dynamodb takes. Two implementations: `sdkDynamoApi` (the SDK's
 * document client: CLI, local stack, tests) and `httpDynamoApi` (aws-http/: the
 * functions, without the SDK in their bundle). Store logic is written once, against this.
 */
export type DynamoItem = Record<string, unknown>;

interface Expressions {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: DynamoItem;
}

export interface GetInput {
  TableName: string;
  Key: DynamoItem;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}

export interface PutInput extends Expressions {
  TableName: string;
  Item: DynamoItem;
  ConditionExpression?: string;
}

export interface UpdateInput extends Expressions {
  TableName: string;
  Key: DynamoItem;
  UpdateExpression: string;
  ConditionExpression?: string;
}

export interface QueryInput extends Expressions {
  TableName: string;
  IndexName?: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ExclusiveStartKey?: DynamoItem;
  Limit?: number;
  ConsistentRead?: boolean;
  ScanIndexForward?: boolean;
}

export interface ScanInput extends Expressions {
  TableName: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ExclusiveStartKey?: DynamoItem;
  Limit?: number;
}

/** One page of a query or scan, and where the next one starts (absent on the last). */
export interface ItemPage {
  Items?: DynamoItem[];
  LastEvaluatedKey?: DynamoItem;
}

export interface BatchGetInput {
  RequestItems: Record<
    string,
    {
      Keys: DynamoItem[];
      ConsistentRead?: boolean;
      ProjectionExpression?: string;
      ExpressionAttributeNames?: Record<string, string>;
    }
  >;
}

export interface BatchGetOutput {
  Responses?: Record<string, DynamoItem[]>;
  UnprocessedKeys?: Record<string, { Keys?: DynamoItem[] }>;
}

export interface DynamoApi {
  get(input: GetInput): Promise<{ Item?: DynamoItem }>;
  put(input: PutInput): Promise<void>;
  update(input: UpdateInput): Promise<void>;
  query(input: QueryInput): Promise<ItemPage>;
  scan(input: ScanInput): Promise<ItemPage>;
  batchGet(input: BatchGetInput): Promise<BatchGetOutput>;
}

/** The error name both implementations give a failed ConditionExpression. */
export const CONDITIONAL_CHECK_FAILED = 'ConditionalCheckFailedException';

export const isConditionalCheckFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === CONDITIONAL_CHECK_FAILED;

/** Every page of a query, read one after the other as the caller pulls them. */
export const queryPages = (api: DynamoApi, input: QueryInput): AsyncGenerator<ItemPage> =>
  pagesOf((page) => api.query(page), input);

/** Every page of a scan, read one after the other as the caller pulls them. */
export const scanPages = (api: DynamoApi, input: ScanInput): AsyncGenerator<ItemPage> =>
  pagesOf((page) => api.scan(page), input);

async function* pagesOf<Input extends { ExclusiveStartKey?: DynamoItem }>(
  read: (input: Input) => Promise<ItemPage>,
  input: Input,
): AsyncGenerator<ItemPage> {
  let start = input.ExclusiveStartKey;
  do {
    const page = await read(start === undefined ? input : { ...input, ExclusiveStartKey: start });
    yield page;
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
}
