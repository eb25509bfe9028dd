import { EXIT_USAGE, UsageError } from './usage-error.ts';

/**
 * A script's options (`npm start`, the bench scripts): parsed by `parse`, or, when the
 * command line is wrong, its one sentence and the usage on stderr and exit 2. `--help`
 * prints the usage and exits 0. Any other error is a bug and is thrown as is.
 */
export const optionsOrExit = <T extends { help?: boolean }>(parse: () => T, usage: string): T => {
  let options: T;
  try {
    options = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${usage}\n`);
    process.exit(EXIT_USAGE);
  }
  if (options.help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return options;
};
