import { readFile } from 'node:fs/promises';
import { printable } from '../../command-line/printable.ts';
import type { ReplayResult } from '../../control/outcome-waiters.ts';
import { outcomeText } from '../../stack/describe-outcome.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { errnoMeaning } from '../errno-sentence.ts';
import { FAILED, nothingWritten, outcomeSummary } from '../outcome-summary.ts';
import { retargetBucket } from '../retarget-event.ts';
import { requestControl } from '../stack.ts';
import { localClients, refuseOnAws } from '../stack-target.ts';

const readEvent = async (file: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const why = errnoMeaning((error as NodeJS.ErrnoException).code);
    throw new CliError(`Cannot read event file '${file}': ${why}.`, 1, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`Event file '${file}' is not valid JSON.`, 1, { cause: error });
  }
};

/** One line per object of the message (the message alone when it names none). */
const resultLines = (file: string, result: ReplayResult): string[] => {
  const objects = result.objects ?? [];
  if (objects.length === 0 || FAILED.has(result.status) || result.status === 'pending') {
    const why = result.error ? `: ${result.error}` : '';
    return [printable(`${file}: message ${result.messageId} ${result.status}${why}`)];
  }
  return objects.map((object) =>
    printable(`${file}: ${object.key} (${object.eventName}) -> ${outcomeText(object)}`),
  );
};

const errorOf = (answer: string): string => {
  try {
    return String(JSON.parse(answer).error ?? answer.trim());
  } catch {
    return answer.trim();
  }
};

const options = {
  'keep-bucket': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} as const;

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Push recorded S3/SQS events through the local queue to the function',
  usage: `Usage: article-ingest replay <event.json>...

Sends each recorded event (an S3 notification or an SQS batch, as in events/) to
the local stack's queue, waits until the function has handled it, and prints the
outcome of every object: ingested, rejected (reason), removed, container (n
articles), stale (a newer event's record stands), skipped (object missing, or a
removal of an object still there). The local counterpart of \`sam local invoke -e\`.
Events are pointed at the stack's articles bucket, whatever bucket they name.
Exits 1 when a message failed; 0 otherwise, even if nothing was written.
  --keep-bucket  send the events exactly as recorded
  --strict       also exit 1 when no object was written (all stale or skipped)`,
  options,
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('replay', argv, options);
    refuseOnAws(
      values,
      "'replay' sends recorded events through the local stack only: on AWS, upload with `put` or use `backfill`.",
    );
    if (positionals.length === 0) throw usageError("'replay' needs at least one event file.");
    const events = await Promise.all(positionals.map(readEvent));
    const { info } = localClients(await connect(values), "'replay'");
    let failed = 0;
    const outcomes: string[] = [];
    for (const [index, event] of events.entries()) {
      const file = positionals[index] ?? '';
      const sent = values['keep-bucket'] ? event : retargetBucket(event, info.articlesBucket);
      const response = await requestControl(info, '/replay?wait=1', { method: 'POST', body: sent });
      const answer = await response.text();
      if (!response.ok) throw new CliError(`The stack refused '${file}': ${errorOf(answer)}`);
      const { results } = JSON.parse(answer) as { results: ReplayResult[] };
      for (const result of results) for (const line of resultLines(file, result)) print(line);
      failed += results.filter((result) => FAILED.has(result.status)).length;
      for (const result of results) outcomes.push(...(result.objects ?? []).map((o) => o.outcome));
    }
    print(outcomeSummary(outcomes));
    if (failed > 0) throw new CliError(`${failed} replayed message(s) failed; see above.`);
    if (values.strict && nothingWritten(outcomes))
      throw new CliError('Nothing was written (--strict); see above.');
  },
};
