import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HEAP_MB } from './function-limits.ts';
import type { Outcome } from './outcome.ts';
import type { WorkReply, WorkRequest } from './worker.ts';

const WORKER_ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** The function's heap, and tsx so the worker runs the TypeScript sources as they are. */
const EXEC_ARGV = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx'];
/** Enough of a dying worker's stderr to tell an out-of-memory from a crash. */
const STDERR_TAIL = 4000;
/** A worker that has not loaded the pipeline in this long is broken, not slow. */
const START_TIMEOUT_MS = 120_000;
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;
const PEAK_RSS_KIB = /^VmHWM:\s+(\d+)\s+kB/m;
const KIB_PER_MIB = 1024;

/** What running one input in a worker gave: its outcome, or how the worker died. */
export interface RunResult {
  outcome: Outcome;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

/** Why a worker exited while building: out of memory, or another crash (code, signal, stderr). */
export const classifyDeath = (
  code: number | null,
  signal: string | null,
  stderr: string,
): Outcome => {
  const tail = stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
  if (OUT_OF_MEMORY.test(stderr))
    return { ok: false, label: 'oom', problem: `out of memory: ${tail}` };
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  return {
    ok: false,
    label: 'crash',
    problem: `the worker died (${how})${tail ? `: ${tail}` : ''}`,
  };
};

/** The peak resident memory of a live process, from /proc (Linux); 0 where unknown. */
const peakRssOf = (pid: number | undefined): number => {
  try {
    const match = PEAK_RSS_KIB.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / KIB_PER_MIB : 0;
  } catch {
    return 0;
  }
};

/** A child process that builds inputs under the function's heap limit, one at a time. */
export class WorkerProcess {
  private stderr = '';
  private exited = false;
  private killed = false;

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_TAIL);
    });
    child.on('exit', () => {
      this.exited = true;
    });
  }

  /** Starts a worker and waits until it has loaded the pipeline. */
  static start(): Promise<WorkerProcess> {
    const child = fork(WORKER_ENTRY, [], {
      execArgv: EXEC_ARGV,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const worker = new WorkerProcess(child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.stop();
        reject(new Error(`A fuzz worker did not start within ${START_TIMEOUT_MS} ms.`));
      }, START_TIMEOUT_MS);
      child.once('message', () => {
        clearTimeout(timer);
        resolve(worker);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(classifyDeath(code, signal, worker.stderr).label));
      });
    });
  }

  /** False once it exited or was killed (its exit event may not have arrived yet). */
  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  /** Builds one input; past `timeoutMs` the worker is killed and the outcome is `timeout`. */
  run(request: WorkRequest, timeoutMs: number): Promise<RunResult> {
    const start = performance.now();
    return new Promise((resolve) => {
      const finish = (result: RunResult) => {
        clearTimeout(timer);
        this.child.off('message', onReply);
        this.child.off('exit', onExit);
        resolve(result);
      };
      const onReply = (reply: WorkReply) => {
        if (reply.id === request.id) finish(reply);
      };
      const onExit = (code: number | null, signal: string | null) =>
        finish({
          outcome: classifyDeath(code, signal, this.stderr),
          ms: performance.now() - start,
          cpuMs: 0,
          peakRssMb: 0,
        });
      const timer = setTimeout(() => {
        const peakRssMb = peakRssOf(this.child.pid);
        this.child.off('exit', onExit);
        this.stop();
        const problem = `no outcome within ${timeoutMs} ms (the file's share of the function timeout)`;
        finish({
          outcome: { ok: false, label: 'timeout', problem },
          ms: performance.now() - start,
          cpuMs: 0,
          peakRssMb,
        });
      }, timeoutMs);
      this.child.on('message', onReply);
      this.child.on('exit', onExit);
      this.child.send(request);
    });
  }

  stop(): void {
    if (this.alive) this.child.kill('SIGKILL');
    this.killed = true;
  }
}
