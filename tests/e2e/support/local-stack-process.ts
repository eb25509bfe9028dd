import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '#local/emulators/free-port.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Synth, bundling and the DynamoDB Local JVM take most of a minute on a busy 2-core box. */
const READY_TIMEOUT_MS = 150_000;
/** A clean stop may let a batch finish (30 s of grace at most); beyond this it hung. */
const STOP_TIMEOUT_MS = 45_000;
const READY_LINE = /\bready\b/i;

export interface RunningStack {
  child: ChildProcess;
  info: StackInfo;
  dataDir: string;
  inbox: string;
  /** The DynamoDB Local port it was started with. */
  dynamoPort: number;
  /** Everything the stack printed so far, for failure messages. */
  output: () => string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop: () => Promise<number | null>;
  /**
   * Sends `signal` to the stack's whole process group, as a terminal does (Ctrl-C,
   * closing it), and resolves with the exit code. Needs `ownProcessGroup`.
   */
  signalGroup: (signal: NodeJS.Signals) => Promise<number | null>;
}

export interface StartStackOptions {
  /** `node` runs `local/start.ts` itself; `npm` runs `npm start`, as a user does. */
  launcher?: 'node' | 'npm';
  /** Skip `cdk synth` (an earlier start of the same checkout wrote cdk.out). */
  synth?: boolean;
  /** Run it as a terminal runs a foreground job: a process group of its own. */
  ownProcessGroup?: boolean;
}

const POLL_MS = 250;

/** The stack file this start wrote, once written (other parts may print `... ready` earlier). */
const readOwnStackFile = async (
  dataDir: string,
  isOwn: (info: StackInfo) => boolean,
): Promise<StackInfo | undefined> => {
  try {
    const info = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackInfo;
    return isOwn(info) ? info : undefined;
  } catch {
    return undefined;
  }
};

/** Resolves with stack.json once the child wrote it and printed its `ready` line. */
const waitForReady = async (
  child: ChildProcess,
  dataDir: string,
  output: string[],
  isOwn: (info: StackInfo) => boolean,
): Promise<StackInfo> => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The stack exited (${child.exitCode ?? child.signalCode}) before ready:\n${output.join('')}`,
      );
    }
    const info = await readOwnStackFile(dataDir, isOwn);
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

/** Signals the child (or, with `group`, its process group) and resolves with its exit code. */
const stopChild = (
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGINT',
  group = false,
): Promise<number | null> =>
  new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The stack did not stop within ${STOP_TIMEOUT_MS} ms of ${signal}`));
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    if (group && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  });

/**
 * cdk refuses to synth into a cdk.out another cdk process is writing (another test run
 * or a developer's `npm start`); that clears once the other synth ends, so try again.
 */
const SYNTH_BUSY = /currently synthing/;
const START_ATTEMPTS = 3;
const SYNTH_BUSY_WAIT_MS = 5_000;

/** Starts `local/start.ts` as `npm start` would, on free ports, with data under `dataDir`. */
export const startLocalStack = async (
  dataDir: string,
  options: StartStackOptions = {},
): Promise<RunningStack> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir, options);
    } catch (error) {
      const busy = error instanceof Error && SYNTH_BUSY.test(error.message);
      if (!busy || attempt >= START_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, SYNTH_BUSY_WAIT_MS));
    }
  }
};

const startOnce = async (dataDir: string, options: StartStackOptions): Promise<RunningStack> => {
  const inbox = join(dataDir, 'inbox');
  const [s3Port, dynamoPort, controlPort, inspectorPort] = await Promise.all([
    findFreePort(),
    findFreePort(),
    findFreePort(),
    findFreePort(),
  ]);
  const args = ['--data-dir', dataDir, '--inbox', inbox];
  args.push('--s3-port', String(s3Port), '--dynamodb-port', String(dynamoPort));
  args.push('--control-port', String(controlPort), '--inspector-port', String(inspectorPort));
  if (options.synth === false) args.push('--no-synth');
  const npm = options.launcher === 'npm';
  const [command, commandArgs] = npm
    ? ['npm', ['start', '--silent', '--', ...args]]
    : [process.execPath, ['--import', 'tsx', 'local/start.ts', ...args]];
  const child = spawn(command, commandArgs, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup ?? false,
  });
  // Under npm the stack is npm's child: its own control port tells its stack file apart.
  const isOwn = (info: StackInfo) =>
    info.controlEndpoint.endsWith(`:${controlPort}`) && (npm || info.pid === child.pid);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let info: StackInfo;
  try {
    info = await waitForReady(child, dataDir, output, isOwn);
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
    dynamoPort,
    output: () => output.join(''),
    stop: () => stopChild(child),
    signalGroup: (signal) => stopChild(child, signal, true),
  };
};
