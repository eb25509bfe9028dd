import { readFile } from 'node:fs/promises';
import { printable } from '../../stack/printable.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { retargetBucket } from '../retarget-event.ts';
import { requestControl } from '../stack.ts';

const readEvent = async (file: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable');
    throw new CliError(`Cannot read event file '${file}': ${why}.`, 1, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`Event file '${file}' is not valid JSON.`, 1, { cause: error });
  }
};

interface ReplayResult {
  messageId: string;
  status: string;
  error?: string;
}

/** Outcomes that mean the function did not handle the message. */
const FAILED = new Set(['failed', 'dead-lettered']);

const describeResult = (file: string, { messageId, status, error }: ReplayResult): string =>
  printable(`${file}: message ${messageId} ${status}${error ? `: ${error}` : ''}`);

const errorOf = (answer: string): string => {
  try {
    return String(JSON.parse(answer).error ?? answer.trim());
  } catch {
    return answer.trim();
  }
};

const options = { 'keep-bucket': { type: 'boolean', default: false } } as const;

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Push recorded S3/SQS events through the local queue to the function',
  usage: `Usage: article-ingest replay <event.json>...

Sends each recorded event (an S3 notification or an SQS batch, as in events/) to
the local stack's queue, waits until the function has handled it, and prints the
outcome of every message. The local counterpart of \`sam local invoke -e\`.
Events are pointed at the stack's articles bucket, whatever bucket they name.
  --keep-bucket  send the events exactly as recorded`,
  options,
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('replay', argv, options);
    if (positionals.length === 0) throw usageError("'replay' needs at least one event file.");
    const events = await Promise.all(positionals.map(readEvent));
    const { info } = await connect(values['data-dir']);
    let failed = 0;
    for (const [index, event] of events.entries()) {
      const file = positionals[index] ?? '';
      const sent = values['keep-bucket'] ? event : retargetBucket(event, info.articlesBucket);
      const response = await requestControl(info, '/replay?wait=1', { method: 'POST', body: sent });
      const answer = await response.text();
      if (!response.ok) throw new CliError(`The stack refused '${file}': ${errorOf(answer)}`);
      const { results } = JSON.parse(answer) as { results: ReplayResult[] };
      for (const result of results) print(describeResult(file, result));
      failed += results.filter((result) => FAILED.has(result.status)).length;
    }
    if (failed > 0) throw new CliError(`${failed} replayed message(s) failed; see above.`);
  },
};
