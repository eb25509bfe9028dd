import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetRows } from '#bench/bench/budgets.ts';
import type { BundleReport } from '#bench/bench/bundle.ts';
import type { StartTimes } from '#bench/bench/cold-start.ts';

const bundle = (rawBytes: number): BundleReport => ({
  name: 'deployed',
  file: '/out/index.mjs',
  rawBytes,
  gzipBytes: rawBytes / 3,
  beside: [],
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
        what: 'deployed: main file index.mjs (minified)',
        measured: 400_000,
        limit: BUDGETS.bundleBytes,
        unit: 'bytes',
        assetBytes: 400_000,
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

    expect(row?.what).toBe(
      "runtime-sdk: main file index.mjs (minified, excluding the runtime's @aws-sdk/*)",
    );
    expect(row?.pass).toBe(true);
  });

  it('holds the main file to the size budget and gives the whole asset beside it', () => {
    const beside = [
      { name: 'language-model.bin', bytes: 300_000 },
      { name: 'yaml.cjs', bytes: 100_000 },
    ];
    const shippedMap = { ...bundle(450_000), beside, mapBytes: 50_000, mapShipped: true };

    const [row] = budgetRows('ingest deployed', shippedMap, undefined, undefined);

    expect(row).toMatchObject({ measured: 450_000, assetBytes: 900_000, pass: true });
  });

  it('gives no first-detection row for a function that detects no language', () => {
    const rows = budgetRows(
      'publish deployed',
      bundle(1),
      start(300, 140, 0),
      start(40, 50, 0),
      false,
    );

    expect(rows.map((row) => row.what)).toEqual([
      'publish deployed: main file index.mjs (minified)',
      'publish deployed: import - empty import',
    ]);
  });
});
