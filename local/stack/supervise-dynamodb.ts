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

export interface DynamoHealth {
  part: 'dynamodb';
  up: boolean;
  detail?: string;
}

export interface SupervisedDynamoDbLocal extends DynamoDbLocal {
  /** Whether DynamoDB Local runs now, and why not when it does not. */
  health(): DynamoHealth;
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
 * Keeps one DynamoDB Local running on a fixed port: when the JVM dies it is restarted
 * with exponential backoff, each exit and restart logged, and reported down meanwhile.
 */
class DynamoSupervisor {
  private startedAt = Date.now();
  private down: string | undefined;
  private backoff: number;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private current: DynamoDbLocal,
    private readonly options: SuperviseOptions,
  ) {
    this.backoff = this.firstBackoff;
    this.record();
    this.watch(current);
  }

  get instance(): DynamoDbLocal {
    return this.current;
  }

  health(): DynamoHealth {
    return {
      part: 'dynamodb',
      up: this.down === undefined,
      ...(this.down ? { detail: this.down } : {}),
    };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.current.stop();
    if (this.options.stackDataDir) forgetDynamoPid(this.options.stackDataDir);
  }

  private get firstBackoff(): number {
    return this.options.firstBackoffMs ?? FIRST_BACKOFF_MS;
  }

  private record(): void {
    const { stackDataDir, port } = this.options;
    if (stackDataDir) recordDynamoPid(stackDataDir, { pid: this.current.pid, port });
  }

  private watch(instance: DynamoDbLocal): void {
    void instance.exited.then((code) => {
      if (this.stopping || instance !== this.current) return;
      if (Date.now() - this.startedAt >= STABLE_AFTER_MS) this.backoff = this.firstBackoff;
      this.down = `exited with code ${code}`;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.stopping) return;
    this.options.log(`DynamoDB Local is down (${this.down}); restarting in ${this.backoff} ms`);
    this.timer = setTimeout(() => void this.restart(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
  }

  private async restart(): Promise<void> {
    try {
      const next = await startDynamoDbLocal(this.options);
      if (this.stopping) return void (await next.stop());
      this.current = next;
      this.startedAt = Date.now();
      this.down = undefined;
      this.record();
      this.watch(next);
      this.options.log(`DynamoDB Local restarted (pid ${next.pid})`);
      await this.options
        .afterRestart?.()
        .catch((error: unknown) =>
          this.options.log(`DynamoDB Local restarted, but: ${String(error)}`),
        );
    } catch (error) {
      this.down = `restart failed: ${error instanceof Error ? error.message : String(error)}`;
      this.schedule();
    }
  }
}

/**
 * DynamoDB Local on a fixed port, restarted with backoff whenever the JVM dies. The
 * endpoint stays the same, so clients keep working once it is back.
 */
export const superviseDynamoDbLocal = async (
  options: SuperviseOptions,
): Promise<SupervisedDynamoDbLocal> => {
  const supervisor = new DynamoSupervisor(await startDynamoDbLocal(options), options);
  const { endpoint, port } = supervisor.instance;
  return {
    endpoint,
    port,
    get pid() {
      return supervisor.instance.pid;
    },
    get exited() {
      return supervisor.instance.exited;
    },
    health: () => supervisor.health(),
    stop: () => supervisor.stop(),
  };
};
