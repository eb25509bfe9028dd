import { stat } from 'node:fs/promises';
import { printable } from '../../command-line/printable.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { outcomeSummary } from '../outcome-summary.ts';
import { uploadSummary } from '../upload-summary.ts';
import { MAX_PENDING_FILES, WATCH_DEBOUNCE_MS } from '../watch-files.ts';

const options = { prefix: { type: 'string', default: '' } } as const;

/** The one folder `watch` takes; anything else is a wrong command line (exit 2). */
const folderOf = async (positionals: string[]): Promise<string> => {
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) throw usageError("'watch' needs exactly one folder.");
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory()) throw usageError(`'${dir}' is not a folder.`);
  return dir;
};

export const watchCommand: Command = {
  name: 'watch',
  summary: 'Upload the files that appear or change in a folder, until Ctrl-C',
  usage: `Usage: article-ingest watch <dir> [--prefix P]

Watches the folder and every folder under it, and uploads each new or changed file once
it has been quiet for ${WATCH_DEBOUNCE_MS} ms, with the key \`put\` would give it (its path under the
folder, / separators, after P). Hidden files and files still being written (.part,
.crdownload, .tmp, .swp, name~) are skipped. Prints each upload and, on the local stack,
what the function made of it (as \`put --wait\` does). Files already there are not
uploaded (use \`put\` for those); a deleted file is not deleted from the bucket. Ctrl-C
stops: the upload in progress finishes, then a summary; the exit is 1 if an upload failed.
At most ${MAX_PENDING_FILES} changed files wait at once; more are reported and skipped.
  --prefix P   put P in front of every key, as is (end it with / for a folder)`,
  options,
  run: async (argv, context) => {
    const started = Date.now();
    const { values, positionals } = parseCommandArgs('watch', argv, options);
    const dir = await folderOf(positionals);
    const clients = await context.connect(values);
    const { createWatchSession } = await import('../watch-session.ts');
    const { watchFiles } = await import('../watch-files.ts');
    const session = createWatchSession(clients, dir, values.prefix, context);
    const watch = watchFiles(dir, {
      onSettled: session.changed,
      onDropped: (path) => context.printError(printable(`skipped ${path}: too many files waiting`)),
    });
    const where = `s3://${clients.info.articlesBucket}/${values.prefix}`;
    context.printError(
      printable(`Watching ${dir} for new and changed files -> ${where} (Ctrl-C stops).`),
    );
    await context.interrupted();
    watch.close();
    const { report, outcomes } = await session.stop();
    context.print(uploadSummary(report, (Date.now() - started) / 1000));
    if (outcomes.length > 0) context.print(outcomeSummary(outcomes));
    if (report.failed.length > 0) {
      throw new CliError(`${report.failed.length} upload(s) failed while watching; see above.`);
    }
  },
};
