import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import type { DynamoApi } from '#shared/adapters/dynamo-api.ts';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import type { S3Api } from '#shared/adapters/s3-api.ts';
import { sdkS3Api } from '#shared/adapters/s3-sdk-api.ts';

/** Any region works with the emulators; one is needed to sign requests. */
export const TEST_REGION = 'eu-west-1';
/** DynamoDB Local accepts any credentials (it runs with -sharedDb). */
const DYNAMO_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface EmulatorClients {
  s3: S3Client;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
}

/** The two implementations of the adapters' ports: the SDK's, and the functions' own. */
export type ClientKind = 'sdk' | 'http';
export const CLIENT_KINDS: readonly ClientKind[] = ['sdk', 'http'];

export interface EmulatorApis {
  dynamo: DynamoApi;
  s3: S3Api;
}

/** SDK clients pointed at the emulators the global setup started. */
export const emulatorClients = (): EmulatorClients => {
  const s3 = s3rverClient(inject('s3Endpoint'), TEST_REGION);
  const dynamo = new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: TEST_REGION,
    credentials: DYNAMO_CREDENTIALS,
  });
  return { s3, dynamo, documents: createDocumentClient(dynamo) };
};

/**
 * The ports over the emulators, through the SDK or through the functions' HTTP client
 * (configured from an environment as the local stack gives a function).
 */
export const emulatorApis = (kind: ClientKind, clients = emulatorClients()): EmulatorApis => {
  if (kind === 'sdk') return { dynamo: sdkDynamoApi(clients.documents), s3: sdkS3Api(clients.s3) };
  const http = httpAwsClients(emulatorEnv());
  return { dynamo: http.dynamo(), s3: http.s3() };
};

/**
 * The ports pointed at a port nothing listens on, making one attempt (the SDK) or
 * retrying without waiting (the HTTP client): a call fails with no response.
 */
export const refusedApis = (kind: ClientKind, port: number): EmulatorApis => {
  const endpoint = `http://127.0.0.1:${port}`;
  if (kind === 'sdk') {
    const common = { endpoint, region: TEST_REGION, maxAttempts: 1 };
    const s3 = s3rverClient(endpoint, TEST_REGION, { maxAttempts: 1 });
    const dynamo = new DynamoDBClient({ ...common, credentials: DYNAMO_CREDENTIALS });
    return { dynamo: sdkDynamoApi(createDocumentClient(dynamo)), s3: sdkS3Api(s3) };
  }
  const env = {
    ...emulatorEnv(),
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  };
  const http = httpAwsClients(env, { sleep: async () => undefined });
  return { dynamo: http.dynamo(), s3: http.s3() };
};

/** The environment a function gets in the local stack, pointed at the test emulators. */
export const emulatorEnv = (): Record<string, string> => ({
  AWS_REGION: TEST_REGION,
  AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  AWS_ENDPOINT_URL_S3: inject('s3Endpoint'),
  AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
});

/** A table or key-prefix name no other test uses. */
export const uniqueName = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
