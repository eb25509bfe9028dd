import type { DynamoApi } from '../dynamo-api.ts';
import type { EventBridgeApi } from '../eventbridge-api.ts';
import type { S3Api } from '../s3-api.ts';
import { type AwsEnv, credentialsFrom, regionFrom } from './aws-env.ts';
import { type AwsRequestOptions, createAwsSender } from './aws-request.ts';
import { httpDynamoApi } from './dynamo-http-api.ts';
import { endpointFor } from './endpoints.ts';
import { httpEventBridgeApi } from './eventbridge-http-api.ts';
import { httpS3Api } from './s3-http-api.ts';

/** An S3 GET carries a whole object (up to the size limit): more time than a table call. */
const S3_TIMEOUT_MS = 30_000;

export type HttpOptions = Omit<AwsRequestOptions, 'credentials' | 'region'>;

/**
 * The functions' AWS clients, without the SDK: region, credentials and endpoints from
 * `env` (the process environment Lambda sets; `AWS_ENDPOINT_URL_<SERVICE>` in the local
 * stack), SigV4 by aws4fetch, the SDK's standard retries.
 */
export const httpAwsClients = (env: AwsEnv, options: HttpOptions = {}) => {
  const region = regionFrom(env);
  const base = { ...options, credentials: credentialsFrom(env), region };
  return {
    dynamo: (): DynamoApi =>
      httpDynamoApi(createAwsSender('dynamodb', base), endpointFor('dynamodb', region, env)),
    s3: (): S3Api =>
      httpS3Api(
        createAwsSender('s3', { timeoutMs: S3_TIMEOUT_MS, ...base }),
        endpointFor('s3', region, env),
        region,
      ),
    eventBridge: (): EventBridgeApi =>
      httpEventBridgeApi(createAwsSender('events', base), endpointFor('events', region, env)),
  };
};
