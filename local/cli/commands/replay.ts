import { readFile } from 'node:fs/promises';
import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';

const readEvent = async (file: string): Promise<string> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable');
    throw new CliError(`Cannot read event file '${file}': ${why}.`, 1, { cause: error });
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new CliError(`Event file '${file}' is not valid JSON.`, 1, { cause: error });
  }
  return text;
};

const TRAILING_SLASH = /\/$/;

const replayUrl = (controlEndpoint: string): string =>
  `${controlEndpoint.replace(TRAILING_SLASH, '')}/replay?wait=1`;

/** One line per message the stack reports; the raw answer when it has no `results` list. */
const describeResults = (file: string, answer: unknown): string[] => {
  const results = (answer as { results?: unknown[] } | null)?.results;
  if (!Array.isArray(results)) return [`${file}: ${JSON.stringify(answer)}`];
  return results.map((result) => `${file}: ${JSON.stringify(result)}`);
};

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Push recorded S3/SQS events through the local queue to the function',
  usage: `Usage: article-ingest replay <event.json>...

Sends each recorded event (an S3 notification or an SQS batch, as in events/) to
the local stack's queue, waits until the function has handled it, and prints the
outcome of every message. The local counterpart of \`sam local invoke -e\`.`,
  options: {},
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('replay', argv, {});
    if (positionals.length === 0) throw usageError("'replay' needs at least one event file.");
    const events = await Promise.all(positionals.map(readEvent));
    const { info } = await connect(values['data-dir']);
    for (const [index, body] of events.entries()) {
      const file = positionals[index] ?? '';
      const response = await fetch(replayUrl(info.controlEndpoint), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = await response.text();
      if (!response.ok) {
        throw new CliError(`The stack refused '${file}' (${response.status}): ${answer.trim()}`);
      }
      for (const line of describeResults(file, JSON.parse(answer))) print(line);
    }
  },
};
