import type { DynamoApi } from '../dynamo-api.ts';
import type { EventBridgeApi } from '../eventbridge-api.ts';
import type { S3Api } from '../s3-api.ts';
import type { AwsEnv } from './aws-env.ts';
import { type HttpOptions, lazyTarget } from './aws-target.ts';
import { httpDynamoApi } from './dynamo-http-api.ts';
import { httpEventBridgeApi } from './eventbridge-http-api.ts';
import { httpS3Api } from './s3-http-api.ts';

/** An S3 GET carries a whole object (up to the size limit): more time than a table call. */
const S3_TIMEOUT_MS = 30_000;

export type { HttpOptions };

/**
 * The functions' AWS clients, without the SDK: region, credentials and endpoints from
 * `env` (the process environment Lambda sets; `AWS_ENDPOINT_URL_<SERVICE>` in the local
 * stack), read on each service's first call; SigV4 by aws4 (node:crypto, synchronous);
 * node:http(s) with kept connections; the SDK's standard retries.
 */
export const httpAwsClients = (env: AwsEnv, options: HttpOptions = {}) => ({
  dynamo: (): DynamoApi => httpDynamoApi(lazyTarget('dynamodb', env, options)),
  s3: (): S3Api => httpS3Api(lazyTarget('s3', env, { timeoutMs: S3_TIMEOUT_MS, ...options })),
  eventBridge: (): EventBridgeApi => httpEventBridgeApi(lazyTarget('events', env, options)),
});
