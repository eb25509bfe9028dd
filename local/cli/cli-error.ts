import { EXIT_FAILURE, EXIT_USAGE } from '../command-line/usage-error.ts';

/** An expected failure: printed as one line on stderr, no stack trace, then the exit code. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_FAILURE, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string): CliError =>
  new CliError(`${message} Run \`article-ingest help\` for usage.`, EXIT_USAGE);

export const STACK_NOT_RUNNING = 'The local stack is not running: start it with `npm start`.';

export const stackNotRunning = (cause?: unknown): CliError =>
  new CliError(STACK_NOT_RUNNING, EXIT_FAILURE, { cause });

const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH']);

/** True when an SDK or fetch error means nothing answered at the endpoint. */
export const isConnectionRefused = (error: unknown): boolean => {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && REFUSED_CODES.has(code)) return true;
    const errors = (current as { errors?: unknown[] }).errors;
    if (errors?.some(isConnectionRefused)) return true;
  }
  return false;
};
