import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.ts';

/** One fresh process: milliseconds for each step, in the order they ran. */
export interface StartTimes {
  /** Spawn to exit of the whole `node` process, as seen by the parent. */
  processMs: number;
  /** `await import()` of the bundle: module evaluation, what Lambda's init phase pays. */
  importMs: number;
  /** CPU time (user + system) of that import: steadier than wall time on a busy machine. */
  importCpuMs: number;
  /** The first `buildObject`, on a page that declares its language. */
  firstDeclaredMs: number;
  /** The next `buildObject`, on a text that leaves the language to detection. */
  firstDetectedMs: number;
  /** The first handler invocation, on an SQS-wrapped s3:TestEvent (no AWS call). */
  firstHandlerMs: number;
}

export interface ColdStartInputs {
  bundle: string;
  /** Flags the function's `NODE_OPTIONS` gives node (source maps cost at load). */
  nodeOptions: readonly string[];
  /** An input that declares its language (`<html lang>`). */
  declaredFile: string;
  /** An input whose language must be detected. */
  detectedFile: string;
  /** An SQS event the handler answers without AWS (events/s3-test-event.json). */
  eventFile: string;
}

/**
 * Runs in the fresh process. Inputs are read before the clock starts; the bundle is
 * imported by file URL, as the Lambda runtime does. The last line is the JSON result.
 * A module without `buildObject` (the empty module of the baseline, the publish
 * function) is only imported.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, declared, detected, eventFile] = process.argv.slice(1);
const read = (file) => ({ bytes: new Uint8Array(readFileSync(file)), source: { bucket: 'bench', key: file.split('/').pop(), sequencer: '0' }, now: new Date(0) });
const inputs = [read(declared), read(detected)];
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const probe = await import(pathToFileURL(bundle).href);
const cpu = process.cpuUsage(cpu0);
const t1 = performance.now();
if (!probe.buildObject) {
  console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: (cpu.user + cpu.system) / 1000, firstDeclaredMs: 0, firstDetectedMs: 0, firstHandlerMs: 0 }));
  process.exit(0);
}
probe.buildObject(inputs[0]);
const t2 = performance.now();
probe.buildObject(inputs[1]);
const t3 = performance.now();
await probe.handler(event);
const t4 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: (cpu.user + cpu.system) / 1000, firstDeclaredMs: t2 - t1, firstDetectedMs: t3 - t2, firstHandlerMs: t4 - t3 }));
`;

/** What the handlers' config and SDK clients need to be built; nothing is called. */
export const PROBE_ENV = {
  TABLE_NAME: 'bench-articles',
  EVENT_BUS_NAME: 'bench-changes',
  CONTENT_BUCKET_NAME: 'bench-content',
  AWS_REGION: 'us-east-1',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
};

/** The JSON object on the last non-empty line of a child's output. */
export const parseChildResult = (stdout: string): Omit<StartTimes, 'processMs'> => {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Omit<StartTimes, 'processMs'>;
};

const startOnce = (inputs: ColdStartInputs): StartTimes => {
  const args = [inputs.bundle, inputs.declaredFile, inputs.detectedFile, inputs.eventFile];
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [...inputs.nodeOptions, '--no-warnings', '--input-type=module', '-e', CHILD, ...args],
    { env: PROBE_ENV, encoding: 'utf8' },
  );
  const processMs = performance.now() - start;
  if (child.status !== 0)
    throw new Error(
      `The cold-start probe ${basename(inputs.bundle)} failed: ${child.stderr.trim()}`,
    );
  return { processMs, ...parseChildResult(child.stdout) };
};

const STEPS = [
  'processMs',
  'importMs',
  'importCpuMs',
  'firstDeclaredMs',
  'firstDetectedMs',
  'firstHandlerMs',
] as const;

/** The per-step median over several starts (each step's own median). */
export const medianTimes = (runs: readonly StartTimes[]): StartTimes => {
  const entries = STEPS.map((step) => [step, median(runs.map((run) => run[step])) ?? Number.NaN]);
  return Object.fromEntries(entries) as unknown as StartTimes;
};

/** Starts `starts` fresh processes one after another and reports each step's median. */
export const measureColdStart = (inputs: ColdStartInputs, starts: number): StartTimes =>
  medianTimes(Array.from({ length: starts }, () => startOnce(inputs)));
