import { parseArgs } from 'node:util';
import { type OptionsConfig, parseOptions } from '../command-line/parse-options.ts';
import { usageError } from './cli-error.ts';
import { stackPlaceOf } from './stack-target.ts';

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  /** Without it, `.local` in the project folder, where `npm start` keeps its data. */
  'data-dir': { type: 'string' },
  /** `aws` with --stack NAME: a deployed stack, found by its CloudFormation outputs. */
  target: { type: 'string' },
  stack: { type: 'string' },
  region: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

/**
 * Strict parsing of one command's arguments (the command name already removed): a wrong
 * line is the kit's `UsageError`, naming the command (`main` adds the pointer to `help`).
 */
export const parseCommandArgs = <T extends OptionsConfig>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = true,
) => {
  const parsed = parseOptions(
    argv,
    { ...GLOBAL_OPTIONS, ...options },
    { command, allowPositionals },
  );
  // Which stack is checked with the rest of the line: a wrong one fails before any work.
  stackPlaceOf(parsed.values);
  return parsed;
};

export interface CommandLine {
  /** The command name, or undefined when none was given. */
  command: string | undefined;
  /** The arguments after the command name is taken out. */
  rest: string[];
  help: boolean;
}

/**
 * Finds the command name without knowing the command yet: a lenient pass that knows
 * every option's type (so `--prefix P` is not mistaken for a command called `P`).
 */
export const splitCommandLine = (argv: string[], knownOptions: OptionsConfig): CommandLine => {
  const { tokens, values } = parseArgs({
    args: argv,
    options: { ...knownOptions, ...GLOBAL_OPTIONS },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const first = tokens.find((token) => token.kind === 'positional');
  const rest = first ? argv.filter((_, index) => index !== first.index) : argv;
  return { command: first?.value, rest, help: values.help === true };
};

/** S3's own limit on a key, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;
const BLANK = /^\s*$/;

/**
 * An object key given on the command line. An empty or blank key names no object (S3
 * would read a request for it as one on the bucket itself: `delete ""` became
 * DeleteBucket), and a key S3 would refuse is refused here first: each is a usage error,
 * exit 2.
 */
export const checkObjectKey = (command: string, key: string): string => {
  if (BLANK.test(key)) throw usageError(`'${command}' needs a key that is not empty or blank.`);
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) {
    throw usageError(`'${command}' takes keys of at most ${MAX_KEY_BYTES} bytes, as S3 does.`);
  }
  return key;
};

/** The one object key a command takes, checked as `checkObjectKey` does. */
export const oneObjectKey = (command: string, positionals: string[]): string => {
  const [key, ...extra] = positionals;
  if (key === undefined || extra.length > 0)
    throw usageError(`'${command}' needs exactly one key.`);
  return checkObjectKey(command, key);
};
