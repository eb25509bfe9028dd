import { basename } from 'node:path';
import { assetBytes, type BundleReport } from './bundle.ts';
import type { StartTimes } from './cold-start.ts';

/**
 * Issue 9's budgets for each function: bundle under 500 KB minified, which applies to
 * the main file (`index.mjs`, what Node parses and compiles at init; the files beside it
 * are read on first use); import under 100 ms and first detection under 60 ms, each the
 * median of fresh processes minus what an empty `node` process spends on the same step.
 */
export const BUDGETS = {
  bundleBytes: 500_000,
  importMs: 100,
  firstDetectionMs: 60,
} as const;

export interface BudgetRow {
  what: string;
  /** Bytes or milliseconds, per `unit`. */
  measured: number;
  limit: number;
  unit: 'bytes' | 'ms';
  /** `measured` over the empty process's own time (spawn to exit); undefined for sizes. */
  ratioToEmpty?: number;
  /** For the main file's row: the whole asset, files beside it and a shipped map included. */
  assetBytes?: number;
  pass: boolean;
}

/**
 * A bundle that leaves modules to the runtime (the SDK Lambda ships) is smaller only
 * because they are not in it; its row says so, and its import time loads them.
 */
const excluded = (bundle: BundleReport): string =>
  bundle.external.length > 0 ? `, excluding the runtime's ${bundle.external.join(' ')}` : '';

/**
 * The budget rows of one bundle variant. `empty` is the empty module started the same
 * way: its import is subtracted from the bundle's; detection has no counterpart in an
 * empty process, so it is taken as measured, and only for a function that detects
 * languages (`detects`).
 */
export const budgetRows = (
  name: string,
  bundle: BundleReport | undefined,
  start: StartTimes | undefined,
  empty: StartTimes | undefined,
  detects = true,
): BudgetRow[] => {
  const rows: BudgetRow[] = [];
  if (bundle)
    rows.push({
      what: `${name}: main file ${basename(bundle.file)} (minified${excluded(bundle)})`,
      measured: bundle.rawBytes,
      limit: BUDGETS.bundleBytes,
      unit: 'bytes',
      assetBytes: assetBytes(bundle),
      pass: bundle.rawBytes < BUDGETS.bundleBytes,
    });
  if (start && empty) {
    const timed = (what: string, measured: number, limit: number): BudgetRow => ({
      what: `${name}: ${what}`,
      measured,
      limit,
      unit: 'ms',
      ratioToEmpty: measured / empty.processMs,
      pass: measured < limit,
    });
    rows.push(timed('import - empty import', start.importMs - empty.importMs, BUDGETS.importMs));
    if (detects)
      rows.push(timed('first detection', start.firstDetectedMs, BUDGETS.firstDetectionMs));
  }
  return rows;
};
