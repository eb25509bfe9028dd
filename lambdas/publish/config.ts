import type { AwsEnv } from '#shared/adapters/aws-http/aws-env.ts';
import { ConfigError } from '#shared/domain/errors.ts';

/** The publish function's configuration, read once at cold start. */
export interface PublishConfig {
  /** The bus the change events go to. */
  eventBusName: string;
  /** ArticlesTable: what the events' record pointer names. */
  tableName: string;
}

const REQUIRED_KEYS = ['EVENT_BUS_NAME', 'TABLE_NAME'] as const;

/** The one place that reads the function's own settings (the AWS clients read region and credentials). */
export const loadConfig = (
  env: Record<string, string | undefined> = process.env,
): PublishConfig => {
  const values: Partial<Record<(typeof REQUIRED_KEYS)[number], string>> = {};
  for (const key of REQUIRED_KEYS) {
    const value = env[key];
    if (!value) throw new ConfigError(`Environment variable ${key} is required`);
    values[key] = value;
  }
  return { eventBusName: values.EVENT_BUS_NAME as string, tableName: values.TABLE_NAME as string };
};

/**
 * What the function's AWS clients read (region, credentials, `AWS_ENDPOINT_URL_*`), as
 * Lambda or the local stack sets it: handed over here so this module stays the one
 * reader of the process environment.
 */
export const awsEnvironment = (): AwsEnv => process.env;
