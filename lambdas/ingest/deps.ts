import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { createS3ObjectSource } from '#shared/adapters/s3-object-source.ts';
import { useLanguageModelFile } from '#shared/extract/language.ts';
import { awsEnvironment, loadConfig } from './config.ts';
import type { IngestHandlerDeps } from './create-ingest-handler.ts';
import { metricsPublisher } from './emf.ts';
import { readLanguageModelFile } from './language-model-file.ts';

/**
 * Wired once per cold start. The S3 and DynamoDB clients are the light HTTP ones
 * (shared/adapters/aws-http: SigV4 by aws4 over node:https, no AWS SDK in the bundle): region,
 * credentials and endpoints (`AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_DYNAMODB` in the
 * local stack) come from the environment Lambda sets, so the same code runs on AWS and on
 * a laptop. Nothing else runs here: the language model file is only named, and read on
 * the first detection.
 */
// zod/mini (the schemas the function runs) loads no locale: English messages, as full zod gives, for the logs.
z.config(en());
const config = loadConfig();
const aws = httpAwsClients(awsEnvironment());
const s3 = aws.s3();
useLanguageModelFile(readLanguageModelFile);

export const deps: IngestHandlerDeps = {
  source: createS3ObjectSource(s3),
  store: createDynamoRecordStore(aws.dynamo(), config.tableName, {
    nearDuplicateProbes: config.nearDuplicateProbes,
  }),
  content: createS3ContentStore(s3, config.contentBucketName),
  now: () => new Date(),
  limits: config.limits,
  nearDuplicateProbes: config.nearDuplicateProbes,
  messageConcurrency: config.messageConcurrency,
  logger: new Logger({ serviceName: 'ingest' }),
  publishMetrics: metricsPublisher(),
};
