import type { ParseArgsConfig } from 'node:util';
import type { StackClients } from './stack.ts';
import type { StackOptions } from './stack-target.ts';

/** What a command gets from the dispatcher. */
export interface CommandContext {
  /**
   * Reads `<data-dir>/stack.json` (the project's `.local` when undefined) and builds
   * clients, failing if the stack is not running; with `--target aws --stack NAME`,
   * finds the deployed stack's resources from its CloudFormation outputs instead.
   */
  connect: (options: StackOptions) => Promise<StackClients>;
  print: (line: string) => void;
  /** Where errors and usage on failure go (stderr). */
  printError: (line: string) => void;
  /** Writes raw text to stderr when it is a terminal (a progress line); else undefined. */
  redraw?: (text: string) => void;
  /**
   * Asks a yes/no question on the terminal; undefined when stdin or stderr is not a
   * terminal (a script, a pipe, CI), where there is no one to answer.
   */
  confirm?: (question: string) => Promise<boolean>;
  /** Settles when the user asks a long-running command to stop (Ctrl-C, SIGTERM). */
  interrupted: () => Promise<void>;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full help text of the command. */
  usage: string;
  /** The command's own options (besides --data-dir and --help), for the lenient first pass. */
  options: NonNullable<ParseArgsConfig['options']>;
  run: (argv: string[], context: CommandContext) => Promise<void>;
}
