/**
 * The child of `peak-memory.ts`: reads one file, builds it the way the function does
 * (`buildObject` under the default limits and the file's work budget) and prints, as
 * one JSON line, its peak RSS, the RSS before the build, the time and the outcome.
 * Started with the function's heap size, so running out of heap shows as a crash.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { budgetFor, withinBudget } from '#shared/domain/work-budget.ts';
import { articlesOf, buildObject } from '#shared/pipeline/build-record.ts';

const MIB = 1024 * 1024;
const path = process.argv[2];
if (path === undefined) throw new Error('usage: build-child.ts FILE');
const limits = { ...DEFAULT_LIMITS, maxObjectBytes: Number.MAX_SAFE_INTEGER };
const bytes = new Uint8Array(readFileSync(path));
const source = { bucket: 'bench', key: basename(path), sequencer: '0', size: bytes.length };
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
let outcome: string;
let used = 0;
try {
  const budget = budgetFor(bytes.length, limits);
  const built = withinBudget(limits, budget, () =>
    buildObject({ bytes, source, now: new Date('2026-01-01T00:00:00Z') }),
  );
  used = budget.used;
  const record = articlesOf(built)[0];
  outcome = record?.status === 'rejected' ? `rejected ${record.reason}` : (record?.status ?? '?');
} catch (error) {
  outcome = `threw ${(error as Error).name}`;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    peakMiB: process.resourceUsage().maxRSS / 1024,
    beforeMiB: rssBefore / MIB,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    outcome,
    unitsPerByte: used / bytes.length,
  }),
);
