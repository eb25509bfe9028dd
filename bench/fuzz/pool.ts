import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Family } from './families.ts';
import { FUNCTION_MEMORY_MB } from './function-limits.ts';
import { meetsExpectation, type Outcome } from './outcome.ts';
import { type RunResult, WorkerProcess } from './worker-process.ts';

/** One input to run: a fresh process for a hostile one, a shared worker for small ones. */
export interface Job {
  family: Family;
  name: string;
  key: string;
  make: () => Uint8Array;
  hostile: boolean;
  mustNotContain?: string;
  /** The outcomes allowed (see HostileItem.expect). */
  expect?: readonly string[];
}

/** What one input gave, as the summary reads it. */
export interface InputResult {
  family: Family;
  name: string;
  hostile: boolean;
  bytes: number;
  outcome: Outcome;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  expect?: readonly string[];
}

export interface PoolOptions {
  /** Children at once: the machine has two cores, shared. */
  concurrency: number;
  timeoutMs: number;
  /** Where inputs are written for the workers to read. */
  scratchDir: string;
  onResult?: (result: InputResult, done: number) => void;
}

/**
 * A reply within time can still be a failure: the function would be killed past its
 * memory, or the outcome is not one the input allows.
 */
const checkOutcome = (result: RunResult, expect?: readonly string[]): Outcome => {
  if (!result.outcome.ok || result.peakRssMb <= FUNCTION_MEMORY_MB) {
    return meetsExpectation(result.outcome, expect);
  }
  const problem = `peak RSS ${result.peakRssMb.toFixed(0)} MiB is over the function's ${FUNCTION_MEMORY_MB} MB`;
  return { ok: false, label: 'over-memory', problem };
};

const startFailure = (error: unknown): RunResult => ({
  outcome: {
    ok: false,
    label: 'crash',
    problem: `the worker did not start: ${(error as Error).message}`,
  },
  ms: 0,
  cpuMs: 0,
  peakRssMb: 0,
});

/** One lane of the pool: keeps a worker for small inputs, starts a fresh one per hostile input. */
class Lane {
  private shared: WorkerProcess | undefined;

  async run(job: Job, id: number, file: string, timeoutMs: number): Promise<RunResult> {
    let worker: WorkerProcess;
    try {
      worker = job.hostile ? await WorkerProcess.start() : await this.sharedWorker();
    } catch (error) {
      return startFailure(error);
    }
    const request = {
      id,
      file,
      key: job.key,
      ...(job.mustNotContain ? { mustNotContain: job.mustNotContain } : {}),
    };
    const result = await worker.run(request, timeoutMs);
    if (job.hostile) worker.stop();
    else if (!worker.alive) this.shared = undefined;
    return result;
  }

  private async sharedWorker(): Promise<WorkerProcess> {
    if (!this.shared?.alive) this.shared = await WorkerProcess.start();
    return this.shared;
  }

  stop(): void {
    this.shared?.stop();
  }
}

/** Runs every job in child processes, `concurrency` at a time, results in job order. */
export const runJobs = async (
  jobs: readonly Job[],
  options: PoolOptions,
): Promise<InputResult[]> => {
  const results: InputResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const drain = async (lane: Lane, laneNumber: number) => {
    for (let index = next++; index < jobs.length; index = next++) {
      const job = jobs[index] as Job;
      const bytes = job.make();
      const file = join(options.scratchDir, `input-${laneNumber}.bin`);
      writeFileSync(file, bytes);
      const run = await lane.run(job, index, file, options.timeoutMs);
      rmSync(file, { force: true });
      const { family, name, hostile } = job;
      results[index] = {
        family,
        name,
        hostile,
        bytes: bytes.length,
        ...run,
        outcome: checkOutcome(run, job.expect),
        ...(job.expect ? { expect: job.expect } : {}),
      };
      options.onResult?.(results[index] as InputResult, ++done);
    }
    lane.stop();
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => drain(new Lane(), i)));
  return results;
};
