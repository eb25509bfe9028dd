import { type Limits, limitsFrom } from '#shared/domain/limits.ts';
import { EXIT_USAGE } from '../command-line/usage-error.ts';
import { CliError } from './cli-error.ts';

/**
 * The per-file limits the CLI applies, read as the function reads them: the `LIMIT_*`
 * variables over the defaults. The CLI's one read of its configuration; a bad value is
 * one sentence and exit 2, like a bad option.
 */
export const limitsFromEnvironment = (
  env: Record<string, string | undefined> = process.env,
): Limits => {
  try {
    return limitsFrom(env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(message, EXIT_USAGE, { cause: error });
  }
};
