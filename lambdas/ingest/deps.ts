import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { createS3ObjectSource } from '#shared/adapters/s3-object-source.ts';
import { useLanguageModelFile } from '#shared/extract/language.ts';
import { loadConfig } from './config.ts';
import type { IngestHandlerDeps } from './create-ingest-handler.ts';
import { metricsPublisher } from './emf.ts';
import { readLanguageModelFile } from './language-model-file.ts';

/**
 * Wired once per cold start. Clients are built with `{}`: region, credentials and
 * endpoints (`AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_DYNAMODB` in the local stack)
 * come from the environment, so the same code runs on AWS and on a laptop. Nothing
 * else runs here: the language model file is only named, and read on the first
 * detection.
 *
 * Each client is captured by the Tracer: every S3 and DynamoDB call becomes an X-Ray
 * subsegment under the function's own segment (active tracing, set by the construct).
 * Outside Lambda (`AWS_EXECUTION_ENV` unset: tests, the local stack) the Tracer is off
 * and hands the client back untouched.
 */
// zod/mini (the schemas the function runs) loads no locale: English messages, as full zod gives, for the logs.
z.config(en());
const config = loadConfig();
// The SDK clients are the function's only outgoing calls: no global HTTP patching needed.
const tracer = new Tracer({ serviceName: 'ingest', captureHTTPsRequests: false });
const s3 = tracer.captureAWSv3Client(new S3Client({}));
const dynamo = createDocumentClient(tracer.captureAWSv3Client(new DynamoDBClient({})));
useLanguageModelFile(readLanguageModelFile);

export const deps: IngestHandlerDeps = {
  source: createS3ObjectSource(s3),
  store: createDynamoRecordStore(dynamo, config.tableName),
  content: createS3ContentStore(s3, config.contentBucketName),
  now: () => new Date(),
  limits: config.limits,
  nearDuplicateProbes: config.nearDuplicateProbes,
  messageConcurrency: config.messageConcurrency,
  logger: new Logger({ serviceName: 'ingest' }),
  publishMetrics: metricsPublisher(),
};
