import { z } from 'zod';
import { ConfigError } from '#shared/domain/errors.ts';

/** The ingest function's configuration, read once at cold start. */
export interface IngestConfig {
  /** ArticlesTable. */
  tableName: string;
  /** ContentBucket, for bodies too large for one item. */
  contentBucketName: string;
}

const REQUIRED_KEYS = ['TABLE_NAME', 'CONTENT_BUCKET_NAME'] as const;

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  CONTENT_BUCKET_NAME: z.string().min(1),
});

/**
 * The one place that reads the environment. Endpoints are not configuration: SDK
 * clients honour `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL_DYNAMODB` themselves.
 */
export const loadConfig = (env: Record<string, string | undefined> = process.env): IngestConfig => {
  for (const key of REQUIRED_KEYS) {
    if (!env[key]) throw new ConfigError(`Environment variable ${key} is required`);
  }
  const parsed = ConfigSchema.parse(env);
  return { tableName: parsed.TABLE_NAME, contentBucketName: parsed.CONTENT_BUCKET_NAME };
};
