/**
 * `npm run fuzz`: generated, mutated and hostile inputs of every family, each built in a
 * child process under the function's memory and its per-file share of the timeout. Every
 * outcome must be a record or a classified rejection; a throw, crash, timeout or
 * out-of-memory is a failure, and the exit code is 1 when there is one (after the
 * results are written). Not part of `npm test`, which runs a small slice in process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { writeReliabilityReport } from '../reliability/report-file.ts';
import { DEFAULT_OUT, parseFuzzArgs, USAGE } from './args.ts';
import { renderRunSummary } from './console.ts';
import { FUNCTION_MEMORY_MB, HEAP_MB } from './function-limits.ts';
import { HOSTILE_CATALOGUE } from './hostile.ts';
import { fuzzInputs } from './inputs.ts';
import { type Job, runJobs } from './pool.ts';
import { summariseRun } from './summary.ts';

/** Two children at once: the machine has two cores, shared with everything else. */
const CONCURRENCY = 2;
/** A progress line every this many inputs. */
const PROGRESS_EVERY = 100;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const options = optionsOrExit(() => parseFuzzArgs(process.argv.slice(2), process.cwd()), USAGE);

const jobs: Job[] = [
  ...options.families.flatMap((family) =>
    fuzzInputs(family, options.seed, options.count).map((input) => ({ ...input, hostile: false })),
  ),
  ...HOSTILE_CATALOGUE.filter((item) => options.families.includes(item.family)).map((item) => ({
    ...item,
    hostile: true,
  })),
];

const scratchDir = mkdtempSync(join(tmpdir(), 'article-ingest-fuzz-'));
process.stderr.write(
  `fuzz: ${jobs.length} inputs, ${CONCURRENCY} at a time, ${options.timeoutMs} ms each at most\n`,
);
const results = await runJobs(jobs, {
  concurrency: CONCURRENCY,
  timeoutMs: options.timeoutMs,
  scratchDir,
  onResult: (result, done) => {
    if (result.hostile)
      process.stderr.write(
        `  ${result.name}: ${result.outcome.label} ${result.ms.toFixed(0)} ms\n`,
      );
    else if (done % PROGRESS_EVERY === 0) process.stderr.write(`  ${done}/${jobs.length}\n`);
  },
});
rmSync(scratchDir, { recursive: true, force: true });

const report = summariseRun(results, {
  generatedAt: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    node: process.versions.node,
    loadAverage: loadavg()[0] ?? 0,
  },
  seed: options.seed,
  count: options.count,
  limits: { functionMemoryMb: FUNCTION_MEMORY_MB, heapMb: HEAP_MB, timeoutMs: options.timeoutMs },
});
mkdirSync(dirname(options.outFile), { recursive: true });
writeFileSync(options.outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(renderRunSummary(report));
console.log(`\nwrote ${options.outFile}`);
if (options.outFile === resolve(repoRoot, DEFAULT_OUT)) {
  console.log(`wrote ${writeReliabilityReport(repoRoot, new Date())}`);
}
process.exitCode = report.failures.length > 0 ? 1 : 0;
