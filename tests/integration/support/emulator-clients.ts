import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';

/** Any region works with the emulators; one is needed to sign requests. */
export const TEST_REGION = 'eu-west-1';
/** DynamoDB Local accepts any credentials (it runs with -sharedDb). */
const DYNAMO_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface EmulatorClients {
  s3: S3Client;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
}

/** SDK clients pointed at the emulators the global setup started. */
export const emulatorClients = (): EmulatorClients => {
  const s3 = new S3Client({
    endpoint: inject('s3Endpoint'),
    region: TEST_REGION,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const dynamo = new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: TEST_REGION,
    credentials: DYNAMO_CREDENTIALS,
  });
  return { s3, dynamo, documents: createDocumentClient(dynamo) };
};

/** A table or key-prefix name no other test uses. */
export const uniqueName = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
