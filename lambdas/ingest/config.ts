import * as z from 'zod/mini';
import type { AwsEnv } from '#shared/adapters/aws-http/aws-env.ts';
import { ConfigError } from '#shared/domain/errors.ts';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  NEAR_DUPLICATE_PROBE_MODES,
  NEAR_DUPLICATE_PROBES_VARIABLE,
  type NearDuplicateProbes,
} from '#shared/domain/fingerprint-bands.ts';
import { type Limits, limitsFrom } from '#shared/domain/limits.ts';

/** The ingest function's configuration, read once at cold start. */
export interface IngestConfig {
  /** ArticlesTable. */
  tableName: string;
  /** ContentBucket, for bodies too large for one item. */
  contentBucketName: string;
  /** The per-file limits: the defaults with any `LIMIT_*` variable the stack sets. */
  limits: Limits;
  /** How hard the near-duplicate lookup probes the band indexes (NEAR_DUPLICATE_PROBES). */
  nearDuplicateProbes: NearDuplicateProbes;
  /** Messages of one batch processed at once (MESSAGE_CONCURRENCY). */
  messageConcurrency: number;
}

/** The variable that sets how many messages of a batch one invocation processes at once. */
export const MESSAGE_CONCURRENCY_VARIABLE = 'MESSAGE_CONCURRENCY';
/**
 * A message is mostly waiting on S3 and DynamoDB; while one waits, another's CPU-bound
 * part can run. Four keeps a batch of ten to three rounds without crowding the CPU.
 */
export const DEFAULT_MESSAGE_CONCURRENCY = 4;
/** Beyond Lambda's largest batch without a window there is nothing left to overlap. */
export const MAX_MESSAGE_CONCURRENCY = 10;

const isMessageConcurrency = (text: string): boolean =>
  /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_MESSAGE_CONCURRENCY;

const REQUIRED_KEYS = ['TABLE_NAME', 'CONTENT_BUCKET_NAME'] as const;

const ConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  CONTENT_BUCKET_NAME: z.string().check(z.minLength(1)),
  [NEAR_DUPLICATE_PROBES_VARIABLE]: z._default(
    z.enum(NEAR_DUPLICATE_PROBE_MODES, {
      error: (issue) =>
        `${NEAR_DUPLICATE_PROBES_VARIABLE} must be one of ${NEAR_DUPLICATE_PROBE_MODES.join(', ')}, not '${String(issue.input)}'.`,
    }),
    DEFAULT_NEAR_DUPLICATE_PROBES,
  ),
  [MESSAGE_CONCURRENCY_VARIABLE]: z.optional(
    z.string().check(
      z.refine((text) => isMessageConcurrency(text), {
        error: (issue) =>
          `${MESSAGE_CONCURRENCY_VARIABLE} must be a whole number from 1 to ${MAX_MESSAGE_CONCURRENCY}, not '${String(issue.input)}'.`,
      }),
    ),
  ),
});

/**
 * The one place that reads the function's own settings. Region, credentials and
 * endpoints are not configuration: the AWS clients read what Lambda (or the local stack,
 * with `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL_DYNAMODB`) sets (`httpAwsClients`).
 */
export const loadConfig = (env: Record<string, string | undefined> = process.env): IngestConfig => {
  for (const key of REQUIRED_KEYS) {
    if (!env[key]) throw new ConfigError(`Environment variable ${key} is required`);
  }
  const parsed = ConfigSchema.safeParse(env);
  // The required names are checked above: what is left to fail is a choice, in one sentence.
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues[0]?.message ?? 'Invalid configuration', {
      cause: parsed.error,
    });
  }
  return {
    tableName: parsed.data.TABLE_NAME,
    contentBucketName: parsed.data.CONTENT_BUCKET_NAME,
    limits: readLimits(env),
    nearDuplicateProbes: parsed.data[NEAR_DUPLICATE_PROBES_VARIABLE],
    messageConcurrency: Number(
      parsed.data[MESSAGE_CONCURRENCY_VARIABLE] ?? DEFAULT_MESSAGE_CONCURRENCY,
    ),
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

/**
 * What the function's AWS clients read (region, credentials, `AWS_ENDPOINT_URL_*`), as
 * Lambda or the local stack sets it: handed over here so this module stays the one
 * reader of the process environment.
 */
export const awsEnvironment = (): AwsEnv => process.env;
