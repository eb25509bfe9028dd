import { describe, expect, it } from 'vitest';
import { renderRunSummary } from '#bench/fuzz/console.ts';
import {
  FILE_TIME_LIMIT_MS,
  FUNCTION_MEMORY_MB,
  FUNCTION_TIMEOUT_MS,
  HEAP_MB,
} from '#bench/fuzz/function-limits.ts';
import type { InputResult } from '#bench/fuzz/pool.ts';
import { summariseRun } from '#bench/fuzz/summary.ts';
import { classifyDeath } from '#bench/fuzz/worker-process.ts';
import { IO_SLACK_MS } from '#lambdas/ingest/create-ingest-handler.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';

const result = (
  name: string,
  label: string,
  ms: number,
  peakRssMb: number,
  problem?: string,
): InputResult => ({
  family: name.startsWith('hostile/zip') ? 'zip' : 'html',
  name,
  hostile: name.startsWith('hostile/'),
  bytes: 100,
  outcome: problem ? { ok: false, label, problem } : { ok: true, label },
  ms,
  cpuMs: ms,
  peakRssMb,
});

const FACTS = {
  generatedAt: '2026-12-03T10:00:00.000Z',
  machine: { cores: 2, node: '20.20.2' },
  seed: 1,
  count: 2,
  limits: { functionMemoryMb: 1024, heapMb: 1008, timeoutMs: 3000 },
};

describe('summariseRun', () => {
  const results = [
    result('html/gen-0', 'ingested', 12.34, 150),
    result('html/mut-0-nest', 'rejected:too-deep', 40, 180),
    result('html/gen-1', 'ingested', 8, 170),
    result('hostile/zip-bomb', 'timeout', 3001, 0, 'no outcome within 3000 ms'),
  ];

  it('counts outcomes per family and names its slowest and largest input', () => {
    const report = summariseRun(results, FACTS);

    expect(report.families).toEqual([
      {
        family: 'html',
        inputs: 3,
        outcomes: { ingested: 2, 'rejected:too-deep': 1 },
        worstMs: 40,
        worstInput: 'html/mut-0-nest',
        peakRssMb: 180,
        peakInput: 'html/mut-0-nest',
        failures: 0,
      },
      expect.objectContaining({ family: 'zip', inputs: 1, outcomes: { timeout: 1 }, failures: 1 }),
    ]);
  });

  it('lists the hostile items with whether they passed, and every failure with its problem', () => {
    const report = summariseRun(results, FACTS);

    expect(report.hostile).toEqual([
      {
        name: 'hostile/zip-bomb',
        family: 'zip',
        bytes: 100,
        outcome: 'timeout',
        ms: 3001,
        cpuMs: 3001,
        peakRssMb: 0,
        passed: false,
      },
    ]);
    expect(report.failures).toEqual([
      { family: 'zip', input: 'hostile/zip-bomb', problem: 'no outcome within 3000 ms' },
    ]);
  });

  it('prints a family table, the hostile table and the failures on the console', () => {
    const text = renderRunSummary(summariseRun(results, FACTS));

    expect(text).toContain('html/mut-0-nest');
    expect(text).toContain('zip-bomb');
    expect(text).toContain('failures: 1\n  hostile/zip-bomb: no outcome within 3000 ms');
  });
});

describe('classifyDeath', () => {
  it('calls a worker that ran out of heap an OOM', () => {
    const stderr =
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';

    expect(classifyDeath(null, 'SIGABRT', stderr)).toMatchObject({ ok: false, label: 'oom' });
  });

  it('calls any other death a crash with its exit code and the end of its stderr', () => {
    const death = classifyDeath(3, null, 'line one\nSegmentation fault\n');

    expect(death).toEqual({
      ok: false,
      label: 'crash',
      problem: 'the worker died (exit code 3): line one | Segmentation fault',
    });
  });
});

describe('the function limits', () => {
  it('give each file its time budget, within the time the handler keeps to start one, and the heap Lambda gives', () => {
    expect(FILE_TIME_LIMIT_MS).toBeGreaterThan(DEFAULT_LIMITS.maxFileMs);
    expect(FILE_TIME_LIMIT_MS).toBeLessThan(DEFAULT_LIMITS.maxFileMs + IO_SLACK_MS);
    expect(FUNCTION_TIMEOUT_MS).toBeGreaterThan(2 * (DEFAULT_LIMITS.maxFileMs + IO_SLACK_MS));
    expect(HEAP_MB).toBe(FUNCTION_MEMORY_MB - FUNCTION_MEMORY_MB / 64);
  });
});
