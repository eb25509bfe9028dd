import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParseSettings {
  /** Named in the messages (`Unknown option '--x' for 'get'.`) when given. */
  command?: string;
  allowPositionals?: boolean;
}

const UNKNOWN_OPTION = /Unknown option '([^']+)'/;
const UNEXPECTED_ARGUMENT = /Unexpected argument '([^']*)'/;
const FIRST_SENTENCE = /^[^.]*\.?/;

/** parseArgs' messages run to several sentences of advice: keep one that names the problem. */
const toUsageError = (error: unknown, command: string | undefined): UsageError => {
  const message = error instanceof Error ? error.message : String(error);
  const forCommand = command === undefined ? '' : ` for '${command}'`;
  const unknown = UNKNOWN_OPTION.exec(message);
  if (unknown) return new UsageError(`Unknown option '${unknown[1]}'${forCommand}.`);
  const unexpected = UNEXPECTED_ARGUMENT.exec(message);
  if (unexpected) {
    return new UsageError(
      command === undefined
        ? `Unexpected argument '${unexpected[1]}': this takes options only.`
        : `'${command}' takes no arguments.`,
    );
  }
  const sentence = FIRST_SENTENCE.exec(message)?.[0] ?? message;
  return new UsageError(sentence.endsWith('.') ? sentence : `${sentence}.`);
};

/**
 * Strict parsing (node:util parseArgs) of a command line that `start`, the CLI and the
 * bench scripts share: an unknown option, a missing value or an unexpected argument is
 * a `UsageError` of one sentence.
 */
export const parseOptions = <T extends OptionsConfig>(
  args: readonly string[],
  options: T,
  { command, allowPositionals = false }: ParseSettings = {},
) => {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw toUsageError(error, command);
  }
};
