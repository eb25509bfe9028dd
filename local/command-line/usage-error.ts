/** Exit codes of every command line here: 1 when the work failed, 2 when the line is wrong. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: the message is one sentence for stderr, then exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
