import { wholeNumber } from '../../command-line/option-values.ts';
import { printable } from '../../command-line/printable.ts';
import { OUTCOME_JOURNAL_SIZE } from '../../control/outcome-waiters.ts';
import { outcomeText } from '../../stack/describe-outcome.ts';
import type { StackInfo } from '../../stack/stack-file.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command, CommandContext } from '../command.ts';
import { FAILED, nothingWritten, outcomeSummary } from '../outcome-summary.ts';
import { createProgressLine, type ProgressLine } from '../progress-line.ts';
import type { StackClients } from '../stack.ts';
import { localClients, refuseOnAws } from '../stack-target.ts';
import type { UploadReport } from '../upload-batch.ts';
import { planUploads, requireFiles, type Upload } from '../upload-plan.ts';
import { formatBytes, uploadSummary } from '../upload-summary.ts';

/** Uploads in flight at once unless `--concurrency` says otherwise. */
const DEFAULT_PUT_CONCURRENCY = 8;
/** More buys nothing on one machine and opens sockets by the hundred. */
const MAX_PUT_CONCURRENCY = 64;

const options = {
  prefix: { type: 'string', default: '' },
  concurrency: { type: 'string' },
  wait: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} as const;

/** Outcomes come from the local stack's journal; a deployed stack keeps none to follow. */
const AWS_WAIT =
  '--wait follows outcomes in the local stack only: on AWS, look at the records with `get` or `stats`.';

const concurrencyOf = (text: string | undefined): number => {
  const value = wholeNumber('--concurrency', text, { min: 1, fallback: DEFAULT_PUT_CONCURRENCY });
  if (value > MAX_PUT_CONCURRENCY)
    throw usageError(`--concurrency wants at most ${MAX_PUT_CONCURRENCY}, not ${value}.`);
  return value;
};

/** Checked before anything is read or sent. */
const checkPlan = (uploads: Upload[], wait: boolean): void => {
  if (wait && uploads.length > OUTCOME_JOURNAL_SIZE)
    throw usageError(`--wait follows at most ${OUTCOME_JOURNAL_SIZE} files; put fewer at once.`);
};

const upload = async (
  { s3, info }: StackClients,
  uploads: Upload[],
  concurrency: number,
  { print, printError }: CommandContext,
  progress: ProgressLine,
): Promise<UploadReport> => {
  const { uploadBatch } = await import('../upload-batch.ts');
  let done = 0;
  const step = () => {
    done += 1;
    progress.update(`uploaded ${done}/${uploads.length} files`);
  };
  return uploadBatch(s3, info.articlesBucket, uploads, concurrency, {
    onUploaded: ({ file, key }, bytes) => {
      const line = `uploaded ${file} -> s3://${info.articlesBucket}/${key} (${formatBytes(bytes)})`;
      progress.around(() => print(printable(line)));
      step();
    },
    onFailed: ({ file }, why) => {
      progress.around(() => printError(printable(`failed ${file}: ${why}`)));
      step();
    },
  });
};

/** `--wait`: one line per uploaded object with what the function made of it. */
const awaitOutcomes = async (
  info: StackInfo,
  report: UploadReport,
  cursor: number,
  { print }: CommandContext,
  progress: ProgressLine,
): Promise<string[]> => {
  const { awaitUploadOutcomes, OUTCOME_IDLE_TIMEOUT_MS } = await import('../upload-outcomes.ts');
  const outcomes: string[] = [];
  const keys = report.uploaded.map((u) => u.key);
  const missing = await awaitUploadOutcomes(info, keys, cursor, {
    onOutcome: (object) => {
      outcomes.push(object.outcome);
      progress.around(() => print(printable(`${object.key} -> ${outcomeText(object)}`)));
      progress.update(`outcomes ${outcomes.length}/${keys.length}`);
    },
  });
  progress.done();
  for (const key of missing) print(printable(`${key} -> pending (no outcome yet)`));
  print(outcomeSummary([...outcomes, ...missing.map(() => 'pending')]));
  if (missing.length > 0) {
    const seconds = OUTCOME_IDLE_TIMEOUT_MS / 1000;
    throw new CliError(`${missing.length} object(s) had no outcome after ${seconds} s of quiet.`);
  }
  return outcomes;
};

export const putCommand: Command = {
  name: 'put',
  summary: 'Upload files or directories to the articles bucket',
  usage: `Usage: article-ingest put <file|dir>... [--prefix P] [--concurrency N] [--wait [--strict]]

Uploads each file to the articles bucket, ${DEFAULT_PUT_CONCURRENCY} at a time, with a progress line on
a terminal and a summary (files, bytes, seconds, failures). A file's key is its name;
files found under a directory (recursively, hidden ones skipped) keep their path
relative to it, with / separators. A file that cannot be read is reported and the
rest go on; the exit is 1 if any failed. No files at all is a usage error (exit 2).
  --prefix P       put P in front of every key, as is (end it with / for a folder)
  --concurrency N  uploads in flight at once, 1 to ${MAX_PUT_CONCURRENCY} (default ${DEFAULT_PUT_CONCURRENCY})
  --wait           then wait for the function and print each object's outcome, as
                   \`replay\` does: ingested, rejected (reason), container (n articles),
                   removed, stale, skipped (object missing), failed; exits 1 when one
                   failed or had no outcome after a minute of quiet
  --strict         with --wait, also exit 1 when no object was written`,
  options,
  run: async (argv, context) => {
    const started = Date.now();
    const { values, positionals } = parseCommandArgs('put', argv, options);
    if (positionals.length === 0) throw usageError("'put' needs at least one file or directory.");
    if (values.strict && !values.wait) throw usageError('--strict goes with --wait.');
    if (values.wait) refuseOnAws(values, AWS_WAIT);
    const concurrency = concurrencyOf(values.concurrency);
    const uploads = requireFiles(await planUploads(positionals, values.prefix), positionals);
    checkPlan(uploads, values.wait);
    const clients = await context.connect(values);
    const { outcomeCursor } = await import('../upload-outcomes.ts');
    // Taken before the first upload, so the outcome of every upload comes after it.
    const local = values.wait ? localClients(clients, '--wait') : undefined;
    const cursor = local ? await outcomeCursor(local.info) : 0;
    const progress = createProgressLine(context);
    const report = await upload(clients, uploads, concurrency, context, progress);
    progress.done();
    context.print(uploadSummary(report, (Date.now() - started) / 1000));
    const outcomes = local
      ? await awaitOutcomes(local.info, report, cursor, context, progress)
      : [];
    if (report.failed.length > 0)
      throw new CliError(`${report.failed.length} of ${uploads.length} uploads failed; see above.`);
    if (outcomes.some((outcome) => FAILED.has(outcome)))
      throw new CliError('The function failed on some objects; see above.');
    if (values.strict && nothingWritten(outcomes))
      throw new CliError('Nothing was written (--strict); see above.');
  },
};
