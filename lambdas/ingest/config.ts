import * as z from 'zod';
import { ConfigError } from '#shared/domain/errors.ts';
import { type Limits, limitsFrom } from '#shared/domain/limits.ts';

/** The ingest function's configuration, read once at cold start. */
export interface IngestConfig {
  /** ArticlesTable. */
  tableName: string;
  /** ContentBucket, for bodies too large for one item. */
  contentBucketName: string;
  /** The per-file limits: the defaults with any `LIMIT_*` variable the stack sets. */
  limits: Limits;
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
  return {
    tableName: parsed.TABLE_NAME,
    contentBucketName: parsed.CONTENT_BUCKET_NAME,
    limits: readLimits(env),
  };
};

/** A mistyped limit stops the function at init, naming the variable, not per file. */
const readLimits = (env: Record<string, string | undefined>): Limits => {
  try {
    return limitsFrom(env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(message, { cause: error });
  }
};
