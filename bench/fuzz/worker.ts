/**
 * A fuzz worker: a child process started with the function's heap limit that builds the
 * inputs its parent sends (a file path each) and reports the outcome, the build's wall
 * and CPU time, and the process's peak resident memory so far.
 */
import { readFileSync } from 'node:fs';
import { buildOutcome, type Outcome } from './outcome.ts';

export interface WorkRequest {
  id: number;
  file: string;
  key: string;
  mustNotContain?: string;
}

export interface WorkReply {
  id: number;
  outcome: Outcome;
  ms: number;
  cpuMs: number;
  /** process.resourceUsage().maxRSS: the high-water mark of this process, in MiB. */
  peakRssMb: number;
}

const KIB_PER_MIB = 1024;

const handle = (request: WorkRequest): WorkReply => {
  const bytes = readFileSync(request.file);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = buildOutcome(new Uint8Array(bytes), request.key, request.mustNotContain);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    id: request.id,
    outcome,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / KIB_PER_MIB,
  };
};

/**
 * Built once before the worker says it is ready: the pipeline loads some of its data on
 * first use (the language model, the gazetteer), which a warm function has done already.
 * Without it the first input of every fresh process would be timed with that cost.
 */
const WARM_UP =
  'Harbour repairs approved\n\nThe council approved the seawall repairs on Tuesday, the mayor said in Lisbon.\n';

process.on('message', (request: WorkRequest) => {
  process.send?.(handle(request));
});
// The parent went away (interrupted): nothing will read the replies.
process.on('disconnect', () => process.exit(0));
buildOutcome(new TextEncoder().encode(WARM_UP), 'warm-up.txt');
process.send?.({ ready: true });
