import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { S3RVER_CREDENTIALS } from './s3rver-credentials.ts';

/**
 * An SDK client of the local S3 server: its only credentials, and path-style addresses
 * (a bucket cannot be a host name of 127.0.0.1). `config` adds the rest (retries).
 */
export const s3rverClient = (
  endpoint: string,
  region: string,
  config: Omit<S3ClientConfig, 'endpoint' | 'region' | 'credentials'> = {},
): S3Client =>
  new S3Client({
    ...config,
    endpoint,
    region,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
