import { createInterface } from 'node:readline/promises';

const YES = /^y(es)?$/i;

/** Asks on stderr and reads one line from stdin: only `y` or `yes` is a yes. */
const askOnTerminal = async (question: string): Promise<boolean> => {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  const interrupted = new AbortController();
  // Ctrl-C at the question is a no, not a hung prompt.
  terminal.once('SIGINT', () => interrupted.abort());
  try {
    const answer = await terminal.question(`${question} [y/N] `, { signal: interrupted.signal });
    return YES.test(answer.trim());
  } catch {
    return false;
  } finally {
    terminal.close();
  }
};

/** What the CLI may do with a terminal: a progress line, and questions when someone is there. */
export const terminalContext = () => ({
  ...(process.stderr.isTTY && { redraw: (text: string) => void process.stderr.write(text) }),
  ...(process.stdin.isTTY && process.stderr.isTTY && { confirm: askOnTerminal }),
});

/** Settles at the first Ctrl-C or SIGTERM; from then on the command, not Node, ends the run. */
export const untilInterrupted = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
