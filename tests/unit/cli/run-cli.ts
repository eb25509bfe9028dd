import type { CommandContext } from '#local/cli/command.ts';
import { main } from '#local/cli/main.ts';

/** Runs the CLI in-process with some of its context replaced, and captures what it prints. */
export const runCliWith = async (overrides: Partial<CommandContext>, ...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
    // As under a script: no terminal to draw on or to ask, whatever runs the tests.
    redraw: undefined,
    confirm: undefined,
    ...overrides,
  });
  return { code, out: out.join('\n'), err };
};

/** Runs the CLI in-process and captures what it prints. */
export const runCli = (...argv: string[]) => runCliWith({}, ...argv);
