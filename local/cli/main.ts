import { printable } from '../command-line/printable.ts';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from '../command-line/usage-error.ts';
import { splitCommandLine } from './args.ts';
import { CliError, isConnectionRefused, STACK_NOT_RUNNING, usageError } from './cli-error.ts';
import type { CommandContext } from './command.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import { errnoSentence, isOutputError, isPathError, outputSentence } from './errno-sentence.ts';
import { generalHelp } from './help.ts';
import { stackPlaceOf } from './stack-target.ts';
import { terminalContext, untilInterrupted } from './terminal.ts';

/** Every option any command knows, so the first pass can find the command name. */
const ALL_OPTIONS = Object.assign({}, ...COMMANDS.map((command) => command.options));

const defaultContext: CommandContext = {
  // Loaded on first use: the AWS SDK takes a second to import, which `--help` should not pay.
  connect: async (options) => {
    const place = stackPlaceOf(options);
    if (place.kind === 'aws') {
      const { connectAwsStack } = await import('./aws-stack.ts');
      return connectAwsStack(place.stackName, place.region);
    }
    const { createStackClients, readStackInfo } = await import('./stack.ts');
    return createStackClients(await readStackInfo(place.dataDir));
  },
  interrupted: untilInterrupted,
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
  ...terminalContext(),
};

const showHelp = (name: string | undefined, print: (line: string) => void): void => {
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && !command) throw usageError(`Unknown command '${name}'.`);
  print(command ? command.usage : generalHelp());
};

const dispatch = async (argv: string[], context: CommandContext): Promise<void> => {
  const { command: name, rest, help } = splitCommandLine(argv, ALL_OPTIONS);
  if (name === 'help') return showHelp(splitCommandLine(rest, ALL_OPTIONS).command, context.print);
  if (help) return showHelp(name, context.print);
  if (name === undefined) {
    context.printError(generalHelp());
    throw new CliError('No command given.', EXIT_USAGE);
  }
  const command = findCommand(name);
  if (!command) throw usageError(`Unknown command '${name}'.`);
  await command.run(rest, context);
};

const toCliError = (error: unknown): CliError => {
  if (error instanceof CliError) return error;
  if (error instanceof UsageError) return usageError(error.message);
  if (isConnectionRefused(error))
    return new CliError(STACK_NOT_RUNNING, EXIT_FAILURE, { cause: error });
  // A file the CLI could not read or write (EACCES, EISDIR, ENOSPC, EMFILE…): one sentence.
  if (isPathError(error)) return new CliError(errnoSentence(error), EXIT_FAILURE, { cause: error });
  if (isOutputError(error))
    return new CliError(outputSentence(error.code), EXIT_FAILURE, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`Unexpected error: ${message.split('\n')[0]}`, EXIT_FAILURE, {
    cause: error,
  });
};

/** Runs one command line and returns the exit code; expected failures print one line. */
export const main = async (
  argv: string[],
  overrides: Partial<CommandContext> = {},
): Promise<number> => {
  const context = { ...defaultContext, ...overrides };
  try {
    await dispatch(argv, context);
    return 0;
  } catch (error) {
    const failure = toCliError(error);
    context.printError(printable(failure.message));
    if (process.env.ARTICLE_INGEST_DEBUG === '1') console.error(error);
    return failure.exitCode;
  }
};
