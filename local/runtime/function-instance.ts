import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { enforceMemorySize, memoryFlags } from './memory-limit.ts';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
/** What V8 prints on stderr when the heap cap is hit (then it aborts). */
const HEAP_EXHAUSTED = /heap out of memory|Allocation failed/i;
/** Keep this much of stderr to spot the message above across chunk boundaries. */
const STDERR_TAIL_CHARS = 512;

/** The function failed: threw, timed out, or its process died. */
export class InvocationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvocationError';
  }
}

export interface InstanceOptions {
  handlerFile: string;
  handlerExport: string;
  /** What `context.invokedFunctionArn` says. */
  functionArn: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** The function's MemorySize: caps the worker's heap and its resident memory. */
  memoryMb: number;
  /** Where the function's stdout and stderr go (its "CloudWatch log stream"). */
  logs: Writable;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'init-error'; error: { message: string } }
  | { type: 'result'; id: string; result: unknown }
  | { type: 'error'; id: string; error: { name: string; message: string } };

/** One execution environment: a child process running the handler, one call at a time. */
export class FunctionInstance {
  busy = false;
  /** Set when the instance is being ended; it takes no more invocations. */
  private retired = false;
  private pending: { id: string; settle: (message: WorkerMessage | Error) => void } | undefined;

  private constructor(
    private readonly child: ChildProcess,
    memoryMb: number,
  ) {
    let outOfMemory = false;
    let stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      // Test before trimming: V8's native stack trace may follow the message in one chunk.
      const seen = stderrTail + chunk.toString();
      if (HEAP_EXHAUSTED.test(seen)) outOfMemory = true;
      stderrTail = seen.slice(-STDERR_TAIL_CHARS);
    });
    const unwatch = enforceMemorySize(child, memoryMb, () => {
      outOfMemory = true;
    });
    child.on('message', (message: WorkerMessage) => {
      if ('id' in message && message.id === this.pending?.id) this.pending.settle(message);
    });
    // 'close', not 'exit': V8's out-of-memory message may still be in the stderr pipe.
    child.once('close', (code, signal) => {
      unwatch();
      // Lambda reports this as Runtime.OutOfMemory: a failed invocation, not a crash.
      const why = outOfMemory
        ? `Runtime.OutOfMemory: the function's process exceeded its memory size (${memoryMb} MB)`
        : `The function's process exited (${signal ?? code}).`;
      this.pending?.settle(new InvocationError(why));
    });
  }

  get alive(): boolean {
    return !this.retired && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts a process and waits for the handler's module to load (the cold start). */
  static start(options: InstanceOptions): Promise<FunctionInstance> {
    const child = fork(WORKER, [options.handlerFile, options.handlerExport, options.functionArn], {
      env: options.env,
      execArgv: memoryFlags(options.memoryMb),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Its own process group: a terminal's signal to ours must not end it mid-batch or
      // mid-cold-start; `stop` (or the closed channel, when we die) ends it.
      detached: true,
    });
    child.stdout?.pipe(options.logs, { end: false });
    child.stderr?.pipe(options.logs, { end: false });
    return new Promise((resolve, reject) => {
      child.once('message', (message: WorkerMessage) => {
        if (message.type === 'ready') resolve(new FunctionInstance(child, options.memoryMb));
        else if (message.type === 'init-error')
          reject(new InvocationError(`The function failed to start: ${message.error.message}`));
      });
      child.once('error', (error) =>
        reject(new InvocationError('The function could not be started.', { cause: error })),
      );
      child.once('exit', (code) =>
        reject(new InvocationError(`The function's process exited during init (${code}).`)),
      );
    });
  }

  /** Runs one invocation; a timeout kills the process, as Lambda ends the environment. */
  invoke(event: unknown, timeoutMs: number): Promise<unknown> {
    const id = randomUUID();
    this.busy = true;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.retired = true;
        settle(new InvocationError(`The function timed out after ${timeoutMs} ms.`));
        this.child.kill('SIGKILL');
      }, timeoutMs);
      const settle = (outcome: WorkerMessage | Error) => {
        clearTimeout(timer);
        this.pending = undefined;
        this.busy = false;
        if (outcome instanceof Error) reject(outcome);
        else if (outcome.type === 'result') resolve(outcome.result);
        else if (outcome.type === 'error')
          reject(new InvocationError(`${outcome.error.name}: ${outcome.error.message}`));
      };
      this.pending = { id, settle };
      this.child.send({
        type: 'invoke',
        id,
        event,
        requestId: id,
        deadlineMs: Date.now() + timeoutMs,
      });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.retired = true;
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
