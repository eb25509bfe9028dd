import { CliError, usageError } from './cli-error.ts';
import type { CommandContext } from './command.ts';

export interface ManyObjects {
  command: string;
  /** What would happen, as a question: `Delete 12 objects from s3://articles/news/?` */
  question: string;
  count: number;
  /** `--yes` was given. */
  yes: boolean;
}

/**
 * A destructive command on more than one object goes ahead only when someone said so:
 * `--yes`, or a yes at the terminal. Without a terminal (a script, CI) and without
 * `--yes` it is a usage error, so a loop that builds a wrong prefix stops at once.
 */
export const confirmMany = async (
  { confirm }: Pick<CommandContext, 'confirm'>,
  { command, question, count, yes }: ManyObjects,
): Promise<void> => {
  if (yes || count <= 1) return;
  if (confirm === undefined) {
    throw usageError(
      `'${command}' would act on ${count} objects: add --yes to go ahead (there is no terminal to ask).`,
    );
  }
  if (!(await confirm(question))) throw new CliError('Nothing was done: not confirmed.');
};
