import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InitProfile } from './cost-model.ts';

/** The fields of a cold-start row of `npm run bench -- --json` the model reads. */
interface ColdStartJson {
  name?: unknown;
  times?: { importCpuMs?: unknown; firstDetectedMs?: unknown };
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The init figures from a bench JSON file: the first cold-start row (the deployed
 * bundle). Throws, naming the file, when it has none.
 */
export const initFromBenchJson = (file: string): InitProfile => {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { coldStarts?: ColdStartJson[] };
  const row = parsed.coldStarts?.[0];
  const importCpuMs = row?.times?.importCpuMs;
  const firstDetectionMs = row?.times?.firstDetectedMs;
  if (!finite(importCpuMs) || !finite(firstDetectionMs))
    throw new Error(`${file} has no cold-start row with importCpuMs and firstDetectedMs.`);
  return {
    importCpuMs,
    firstDetectionMs,
    source: `cold start of the ${String(row?.name ?? 'first')} bundle, median (${file})`,
  };
};

/**
 * Measures the init by running the bench's cold-start section (`starts` fresh processes)
 * into a temporary JSON file, and reads it as above.
 */
export const measureInit = (repoRoot: string, starts: number): InitProfile => {
  const dir = mkdtempSync(join(tmpdir(), 'article-ingest-cost-'));
  const file = join(dir, 'bench.json');
  try {
    const args = ['--import', 'tsx', 'bench/bench.ts', '--only', 'coldstart'];
    args.push('--starts', String(starts), '--json', file);
    const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0)
      throw new Error(`The bench's cold start failed (${run.status}):\n${run.stderr.slice(-2000)}`);
    return {
      ...initFromBenchJson(file),
      source: `npm run bench -- --only coldstart --starts ${starts}, median`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
