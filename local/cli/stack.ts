import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';
import { s3rverClient } from '../emulators/s3rver-client.ts';
import { S3RVER_CREDENTIALS } from '../emulators/s3rver-credentials.ts';
import { isProcessAlive } from '../stack/running-stack.ts';
import { StackInfo, stackFilePath } from '../stack/stack-file.ts';
import type { DeployedStackInfo } from './aws-stack.ts';
import { stackNotRunning } from './cli-error.ts';

/** `npm start` runs in the project folder and keeps its data in `.local` there. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.local', import.meta.url));

/** One quick retry: the stack is on this machine, so a refusal means it is not running. */
const MAX_ATTEMPTS = 2;

/** Reads and checks stack.json; a missing file or a dead pid means the stack is not running. */
export const readStackInfo = async (dataDir = DEFAULT_DATA_DIR): Promise<StackInfo> => {
  let text: string;
  try {
    text = await readFile(stackFilePath(resolve(dataDir)), 'utf8');
  } catch (error) {
    throw stackNotRunning(error);
  }
  const parsed = StackInfo.safeParse(safeJson(text));
  if (!parsed.success || !isProcessAlive(parsed.data.pid)) throw stackNotRunning(parsed.error);
  return parsed.data;
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export interface StackClients {
  /** The local stack file, or a deployed stack's outputs (see `aws-stack.ts`). */
  info: StackInfo | DeployedStackInfo;
  s3: S3Client;
  db: DynamoDBDocumentClient;
}

/** Clients of the local stack: its stack file, with the control API's address and token. */
export type LocalStackClients = StackClients & { info: StackInfo };

export const createStackClients = (info: StackInfo): LocalStackClients => {
  const s3 = s3rverClient(info.s3Endpoint, info.region, { maxAttempts: MAX_ATTEMPTS });
  // DynamoDB Local takes any credentials (-sharedDb): the same ones serve.
  const dynamo = new DynamoDBClient({
    endpoint: info.dynamoEndpoint,
    region: info.region,
    credentials: S3RVER_CREDENTIALS,
    maxAttempts: MAX_ATTEMPTS,
  });
  return { info, s3, db: createDocumentClient(dynamo) };
};

const TRAILING_SLASH = /\/$/;

/**
 * Every CLI request to the control API goes through here: it adds the run's token
 * (the API refuses requests without it) and sends the body as JSON.
 */
export const requestControl = (
  info: StackInfo,
  path: string,
  init: { method: 'GET' | 'POST' | 'DELETE'; body?: unknown } = { method: 'GET' },
): Promise<Response> => {
  // The API takes a body only as JSON; every method but GET sends one (`{}` at least).
  const json = init.method !== 'GET';
  return fetch(`${info.controlEndpoint.replace(TRAILING_SLASH, '')}${path}`, {
    method: init.method,
    headers: {
      authorization: `Bearer ${info.controlToken}`,
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    ...(json ? { body: JSON.stringify(init.body ?? {}) } : {}),
  });
};
