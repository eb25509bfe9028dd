/** Exit code for a command line a script does not understand. */
const EXIT_USAGE = 2;

/**
 * A bench script's options: parsed by `parse`, or one sentence and the usage on stderr
 * and exit 2; `--help` prints the usage and exits 0.
 */
export const parseOrExit = <T extends { help: boolean }>(parse: () => T, usage: string): T => {
  let options: T;
  try {
    options = parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    process.exit(EXIT_USAGE);
  }
  if (options.help) {
    console.log(usage);
    process.exit(0);
  }
  return options;
};
