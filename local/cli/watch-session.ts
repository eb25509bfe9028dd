import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { printable } from '../command-line/printable.ts';
import { outcomeText } from '../stack/describe-outcome.ts';
import type { StackInfo } from '../stack/stack-file.ts';
import { isConnectionRefused, STACK_NOT_RUNNING } from './cli-error.ts';
import type { CommandContext } from './command.ts';
import type { StackClients } from './stack.ts';
import { isDeployedStack } from './stack-target.ts';
import type { UploadReport } from './upload-batch.ts';
import { awaitUploadOutcomes, outcomeCursor } from './upload-outcomes.ts';
import { formatBytes } from './upload-summary.ts';

export interface WatchTotals {
  report: UploadReport;
  /** What the function made of each upload (the local stack only); `pending` if unknown. */
  outcomes: string[];
}

export interface WatchSession {
  /** A file under the folder changed and went quiet: upload it if it is new or changed. */
  changed: (relativePath: string) => void;
  /** Finishes the upload in progress, stops following outcomes, and returns the totals. */
  stop: () => Promise<WatchTotals>;
}

type Output = Pick<CommandContext, 'print' | 'printError'>;

/** What tells a changed file from one whose event changed nothing (a chmod, a touch-less save). */
const signatureOf = (size: number, mtimeMs: number) => `${size}:${mtimeMs}`;

/**
 * Uploads the files a watch reports, one at a time in the order they settle, with put's
 * upload code, and follows each upload's outcome in the local stack's journal as
 * `put --wait` does (a deployed stack keeps no journal: there, uploads only).
 */
export const createWatchSession = (
  clients: StackClients,
  dir: string,
  prefix: string,
  { print, printError }: Output,
): WatchSession => {
  const { s3, info } = clients;
  // Only the local stack keeps an outcome journal to follow.
  const local = isDeployedStack(info) ? undefined : info;
  const totals: WatchTotals = { report: { uploaded: [], failed: [], bytes: 0 }, outcomes: [] };
  const uploaded = new Map<string, string>();
  const following = new Set<Promise<void>>();
  const stopping = new AbortController();
  let queue = Promise.resolve();

  const follow = (journal: StackInfo, key: string, cursor: number) => {
    const waiting = awaitUploadOutcomes(journal, [key], cursor, {
      signal: stopping.signal,
      onOutcome: (object) => {
        totals.outcomes.push(object.outcome);
        print(printable(`${object.key} -> ${outcomeText(object)}`));
      },
    }).then(
      (missing) => {
        totals.outcomes.push(...missing.map(() => 'pending'));
        if (!stopping.signal.aborted) {
          for (const left of missing) print(printable(`${left} -> pending (no outcome yet)`));
        }
      },
      (error: unknown) => printError(printable(`no outcome for ${key}: ${String(error)}`)),
    );
    const tracked = waiting.finally(() => following.delete(tracked));
    following.add(tracked);
  };

  const uploadOne = async (relativePath: string) => {
    const file = join(dir, relativePath);
    const found = await stat(file).catch(() => undefined);
    // Deleted, renamed away or a folder: nothing to upload (a delete is `delete`'s to make).
    if (!found?.isFile()) return;
    const signature = signatureOf(found.size, found.mtimeMs);
    if (uploaded.get(relativePath) === signature) return;
    const key = `${prefix}${relativePath}`;
    // Taken before the upload, so its outcome comes after it.
    const cursor = local ? await outcomeCursor(local) : 0;
    const { uploadBatch } = await import('./upload-batch.ts');
    const report = await uploadBatch(s3, info.articlesBucket, [{ file, key }], 1, {
      onUploaded: (_upload, bytes) =>
        print(
          printable(
            `uploaded ${file} -> s3://${info.articlesBucket}/${key} (${formatBytes(bytes)})`,
          ),
        ),
      onFailed: (_upload, why) => printError(printable(`failed ${file}: ${why}`)),
    });
    totals.report.uploaded.push(...report.uploaded);
    totals.report.failed.push(...report.failed);
    totals.report.bytes += report.bytes;
    if (report.uploaded.length === 0) return;
    uploaded.set(relativePath, signature);
    if (local) follow(local, key, cursor);
  };

  const safely = async (relativePath: string) => {
    try {
      await uploadOne(relativePath);
    } catch (error) {
      const why = isConnectionRefused(error) ? STACK_NOT_RUNNING : String(error);
      totals.report.failed.push({ file: join(dir, relativePath), key: relativePath, error: why });
      printError(printable(`failed ${relativePath}: ${why}`));
    }
  };

  return {
    changed: (relativePath) => {
      queue = queue.then(() => safely(relativePath));
    },
    stop: async () => {
      await queue;
      stopping.abort();
      await Promise.all(following);
      return totals;
    },
  };
};
