import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { main } from '#local/cli/main.ts';
import { REPO_ROOT } from './local-stack-process.ts';

const BIN = join(REPO_ROOT, 'local/cli/bin.mjs');
/** A CLI call reads one item or uploads a few small files; more than this means it hung. */
const CLI_TIMEOUT_MS = 30_000;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `article-ingest` bin in a child process, as a user would, from `cwd`. */
export const runCli = (dataDir: string, args: string[], cwd = REPO_ROOT): Promise<CliResult> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--data-dir', dataDir],
      { cwd, timeout: CLI_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });

/** Pipeline latency is seconds; allow a slow shared machine some slack. */
const EVENTUALLY_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 250;

/** Retries `probe` until it returns a value, or fails with the last reason at the deadline. */
export const eventually = async <T>(
  probe: () => Promise<T | undefined>,
  describe: () => string,
): Promise<T> => {
  const deadline = Date.now() + EVENTUALLY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`Timed out after ${EVENTUALLY_TIMEOUT_MS} ms: ${describe()}`);
};

/**
 * `get <key> --json` run in this process: the same CLI code without a child process per
 * poll, which on a busy 2-core machine costs seconds. User actions go through `runCli`.
 */
const getJsonInProcess = async (dataDir: string, key: string): Promise<CliResult> => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['get', key, '--json', '--data-dir', dataDir], {
    print: (line) => stdout.push(line),
    printError: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
};

/** Polls `get --json` until the record for `key` has `status`, and returns it. */
export const waitForStatus = async (
  dataDir: string,
  key: string,
  status: string,
): Promise<Record<string, unknown>> => {
  let last: CliResult | undefined;
  return eventually(
    async () => {
      last = await getJsonInProcess(dataDir, key);
      if (last.code !== 0) return undefined;
      const record = JSON.parse(last.stdout) as Record<string, unknown>;
      return record.status === status ? record : undefined;
    },
    () => `'${key}' never reached status '${status}'; last get: ${JSON.stringify(last)}`,
  );
};

/**
 * Polls `get --json` for a file of several articles until `accept` takes the array of
 * their records, and returns it.
 */
export const waitForArticles = async (
  dataDir: string,
  key: string,
  accept: (records: Record<string, unknown>[]) => boolean,
): Promise<Record<string, unknown>[]> => {
  let last: CliResult | undefined;
  return eventually(
    async () => {
      last = await getJsonInProcess(dataDir, key);
      if (last.code !== 0) return undefined;
      const output: unknown = JSON.parse(last.stdout);
      if (!Array.isArray(output)) return undefined;
      return accept(output) ? (output as Record<string, unknown>[]) : undefined;
    },
    () => `'${key}' never held the expected articles; last get: ${JSON.stringify(last)}`,
  );
};
