import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetRows } from '#bench/bench/budgets.ts';
import type { BundleReport } from '#bench/bench/bundle.ts';
import type { StartTimes } from '#bench/bench/cold-start.ts';

const bundle = (rawBytes: number): BundleReport => ({
  name: 'deployed',
  file: '/out/index.mjs',
  rawBytes,
  gzipBytes: rawBytes / 3,
  besideBytes: 0,
  mapBytes: 0,
  mapShipped: false,
  external: [],
  topInputs: [],
  packages: [],
});

const start = (processMs: number, importMs: number, firstDetectedMs: number): StartTimes => ({
  processMs,
  importMs,
  importCpuMs: importMs,
  firstDeclaredMs: 1,
  firstDetectedMs,
  firstHandlerMs: 1,
});

describe('budgetRows', () => {
  it('subtracts the empty import, states each time as a ratio to the empty process', () => {
    const rows = budgetRows('deployed', bundle(400_000), start(300, 140, 20), start(40, 50, 0));

    expect(rows).toEqual([
      {
        what: 'deployed: bundle (minified)',
        measured: 400_000,
        limit: BUDGETS.bundleBytes,
        unit: 'bytes',
        pass: true,
      },
      {
        what: 'deployed: import - empty import',
        measured: 90,
        limit: 100,
        unit: 'ms',
        ratioToEmpty: 2.25,
        pass: true,
      },
      {
        what: 'deployed: first detection',
        measured: 20,
        limit: 60,
        unit: 'ms',
        ratioToEmpty: 0.5,
        pass: true,
      },
    ]);
  });

  it('fails a budget reached exactly, and gives no time rows without the baseline', () => {
    const rows = budgetRows(
      'deployed',
      bundle(BUDGETS.bundleBytes),
      start(300, 400, 60),
      undefined,
    );

    expect(rows).toHaveLength(1);
    expect(rows[0]?.pass).toBe(false);
    const timed = budgetRows('x', undefined, start(300, 160, 60), start(40, 60, 0));
    expect(timed.map((row) => row.pass)).toEqual([false, false]);
  });

  it('names what a bundle leaves to the runtime in its size row', () => {
    const external = { ...bundle(300_000), name: 'runtime-sdk', external: ['@aws-sdk/*'] };

    const [row] = budgetRows('runtime-sdk', external, undefined, undefined);

    expect(row?.what).toBe("runtime-sdk: bundle (minified, excluding the runtime's @aws-sdk/*)");
    expect(row?.pass).toBe(true);
  });
});
