import {
  type DynamoDbLocal,
  type DynamoDbLocalOptions,
  startDynamoDbLocal,
} from '../emulators/dynamodb-local.ts';
import { forgetDynamoPid, recordDynamoPid } from './dynamodb-pid-file.ts';

/** The first restart waits this long; each failed one doubles it... */
const FIRST_BACKOFF_MS = 1_000;
/** ...up to this, so a JVM that cannot start does not spin the CPU. */
const MAX_BACKOFF_MS = 30_000;
/** A JVM that ran this long was healthy: the next failure starts the backoff afresh. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisedDynamoDbLocal extends DynamoDbLocal {
  /** Whether DynamoDB Local runs now, and why not when it does not. */
  health(): { part: 'dynamodb'; up: boolean; detail?: string };
}

export interface SuperviseOptions extends DynamoDbLocalOptions {
  port: number;
  /** Where the pid file goes (`<dataDir>/dynamodb.pid`); none without it. */
  stackDataDir?: string;
  log: (line: string) => void;
  /** Runs after each restart (e.g. recreate the table of an in-memory database). */
  afterRestart?: () => Promise<void>;
  /** For tests: how long the first restart waits. */
  firstBackoffMs?: number;
}

/**
 * DynamoDB Local on a fixed port, restarted with exponential backoff whenever the JVM
 * dies; each exit and restart is logged, and `health()` reports it down meanwhile.
 * The endpoint stays the same, so clients keep working once it is back.
 */
export const superviseDynamoDbLocal = async (
  options: SuperviseOptions,
): Promise<SupervisedDynamoDbLocal> => {
  const { log, stackDataDir } = options;
  const firstBackoff = options.firstBackoffMs ?? FIRST_BACKOFF_MS;
  let current = await startDynamoDbLocal(options);
  let startedAt = Date.now();
  let down: string | undefined;
  let backoff = firstBackoff;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const record = () => {
    if (stackDataDir) recordDynamoPid(stackDataDir, { pid: current.pid, port: options.port });
  };

  const restart = async () => {
    try {
      const next = await startDynamoDbLocal(options);
      if (stopping) return void (await next.stop());
      current = next;
      startedAt = Date.now();
      down = undefined;
      record();
      await options.afterRestart?.();
      log(`DynamoDB Local restarted (pid ${next.pid})`);
      watch(next);
    } catch (error) {
      down = `restart failed: ${error instanceof Error ? error.message : String(error)}`;
      schedule();
    }
  };
  const schedule = () => {
    if (stopping) return;
    log(`DynamoDB Local is down (${down}); restarting in ${backoff} ms`);
    timer = setTimeout(() => void restart(), backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };
  const watch = (instance: DynamoDbLocal) =>
    void instance.exited.then((code) => {
      if (stopping || instance !== current) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) backoff = firstBackoff;
      down = `exited with code ${code}`;
      schedule();
    });

  record();
  watch(current);
  return {
    endpoint: current.endpoint,
    port: current.port,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    health: () => ({ part: 'dynamodb', up: down === undefined, ...(down ? { detail: down } : {}) }),
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current.stop();
      if (stackDataDir) forgetDynamoPid(stackDataDir);
    },
  };
};
