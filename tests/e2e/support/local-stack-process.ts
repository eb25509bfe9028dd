import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '#local/emulators/free-port.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Synth, bundling and the DynamoDB Local JVM take most of a minute on a busy 2-core box. */
const READY_TIMEOUT_MS = 150_000;
/** How long a clean shutdown may take after Ctrl-C before the test calls it hung. */
const STOP_TIMEOUT_MS = 20_000;
const READY_LINE = /\bready\b/i;

export interface RunningStack {
  child: ChildProcess;
  info: StackInfo;
  dataDir: string;
  inbox: string;
  /** Everything the stack printed so far, for failure messages. */
  output: () => string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

const POLL_MS = 250;

/** The stack file of this child, once written (other parts may print `... ready` earlier). */
const readOwnStackFile = async (dataDir: string, pid: number): Promise<StackInfo | undefined> => {
  try {
    const info = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackInfo;
    return info.pid === pid ? info : undefined;
  } catch {
    return undefined;
  }
};

/** Resolves with stack.json once the child wrote it and printed its `ready` line. */
const waitForReady = async (
  child: ChildProcess,
  dataDir: string,
  output: string[],
): Promise<StackInfo> => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The stack exited (${child.exitCode ?? child.signalCode}) before ready:\n${output.join('')}`,
      );
    }
    const info = await readOwnStackFile(dataDir, child.pid ?? -1);
    const ready = output
      .join('')
      .split('\n')
      .some((line) => READY_LINE.test(line));
    if (info && ready) return info;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `No 'ready' line and stack.json within ${READY_TIMEOUT_MS} ms:\n${output.join('')}`,
  );
};

const stopChild = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The stack did not stop within ${STOP_TIMEOUT_MS} ms of SIGINT`));
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGINT');
  });

/**
 * cdk refuses to synth into a cdk.out another cdk process is writing (another test run
 * or a developer's `npm start`); that clears once the other synth ends, so try again.
 */
const SYNTH_BUSY = /currently synthing/;
const START_ATTEMPTS = 3;
const SYNTH_BUSY_WAIT_MS = 5_000;

/** Starts `local/start.ts` as `npm start` would, on free ports, with data under `dataDir`. */
export const startLocalStack = async (dataDir: string): Promise<RunningStack> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir);
    } catch (error) {
      const busy = error instanceof Error && SYNTH_BUSY.test(error.message);
      if (!busy || attempt >= START_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, SYNTH_BUSY_WAIT_MS));
    }
  }
};

const startOnce = async (dataDir: string): Promise<RunningStack> => {
  const inbox = join(dataDir, 'inbox');
  const [s3Port, dynamoPort, controlPort] = await Promise.all([
    findFreePort(),
    findFreePort(),
    findFreePort(),
  ]);
  const args = ['--import', 'tsx', 'local/start.ts', '--data-dir', dataDir, '--inbox', inbox];
  args.push('--s3-port', String(s3Port), '--dynamodb-port', String(dynamoPort));
  args.push('--control-port', String(controlPort));
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let info: StackInfo;
  try {
    info = await waitForReady(child, dataDir, output);
  } catch (error) {
    // Ctrl-C, so the stack stops the emulators it started; a kill would orphan the JVM.
    await stopChild(child).catch(() => undefined);
    throw error;
  }
  return {
    child,
    info,
    dataDir,
    inbox,
    output: () => output.join(''),
    stop: () => stopChild(child),
  };
};
