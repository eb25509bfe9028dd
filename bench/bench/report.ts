import { basename } from 'node:path';
import { formatRate, renderTable } from '../eval/table.ts';
import { type BudgetRow, budgetRows } from './budgets.ts';
import { assetBytes, type BundleReport, besideBytes } from './bundle.ts';
import { sdkBytes } from './bundle-packages.ts';
import type { StartTimes } from './cold-start.ts';
import type { ThroughputRow } from './throughput.ts';

/** A cold-start figure for one bundle variant. */
export interface ColdStartRow {
  name: string;
  starts: number;
  times: StartTimes;
  /** False for a function that never detects a language: no first-detection budget. */
  detects?: boolean;
}

export interface BenchResults {
  throughput: ThroughputRow[];
  bundles: BundleReport[];
  coldStarts: ColdStartRow[];
  /** An empty module started the same way: the baseline the budgets subtract. */
  emptyStart?: ColdStartRow;
  notes: string[];
}

const KIB = 1024;

/** Bytes as KiB with one decimal: `2304812` -> `2250.8 KiB`. */
export const formatKib = (bytes: number): string => `${(bytes / KIB).toFixed(1)} KiB`;

const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '-' : value.toFixed(value < 10 ? 2 : 0);

const MB = 1_000_000;

export const renderThroughput = (rows: readonly ThroughputRow[]): string =>
  renderTable(
    ['extractor', 'inputs', 'articles', 'MB', 'articles/s', 'MB/s', 'p50 ms', 'p95 ms', 'threw'],
    rows.map((row) => [
      row.extractor,
      row.set,
      row.articles,
      (row.bytes / MB).toFixed(2),
      formatRate(row.articlesPerSecond),
      formatRate(row.megabytesPerSecond),
      ms(row.p50Ms),
      ms(row.p95Ms),
      row.failed,
    ]),
  );

export const renderBundles = (bundles: readonly BundleReport[]): string =>
  renderTable(
    ['bundle', 'main file', 'gzip', 'beside it', 'source map', 'whole asset', 'external'],
    bundles.map((b) => [
      b.name,
      formatKib(b.rawBytes),
      formatKib(b.gzipBytes),
      formatKib(besideBytes(b)),
      `${formatKib(b.mapBytes)} (${b.mapShipped ? 'shipped' : 'not shipped'})`,
      formatKib(assetBytes(b)),
      b.external.join(' ') || '(none)',
    ]),
  );

/** The first word of a bundle's name: `ingest deployed` -> `ingest`. */
const functionOf = (bundle: BundleReport): string => bundle.name.split(' ')[0] ?? bundle.name;

/** The first bundle measured of each function: the deployed one. */
const firstOfEachFunction = (bundles: readonly BundleReport[]): BundleReport[] =>
  bundles.filter((b, index) => bundles.findIndex((o) => functionOf(o) === functionOf(b)) === index);

/**
 * Each function's asset file by file: the main file, which the size budget applies to,
 * each file beside it (read on first use), the source map and the whole.
 */
export const renderAssetFiles = (bundles: readonly BundleReport[]): string =>
  renderTable(
    ['asset', 'file', 'size', 'loaded'],
    firstOfEachFunction(bundles).flatMap((b) => [
      [b.name, basename(b.file), formatKib(b.rawBytes), 'at init (main file: the size budget)'],
      ...b.beside.map((file) => [b.name, file.name, formatKib(file.bytes), 'on first use']),
      [
        b.name,
        `${basename(b.file)}.map`,
        formatKib(b.mapBytes),
        b.mapShipped ? 'shipped, read on errors' : 'not shipped (the bench writes it)',
      ],
      [b.name, 'whole asset', formatKib(assetBytes(b)), ''],
    ]),
  );

export const renderTopInputs = (bundle: BundleReport): string =>
  renderTable(
    [`largest inputs of ${bundle.name}`, 'in output'],
    bundle.topInputs.map((input) => [input.path, formatKib(input.bytesInOutput)]),
  );

/** How many packages the by-package table lists. */
const TOP_PACKAGES = 12;

/**
 * The bundle by package, largest first, then the AWS SDK's share against the rest: the
 * SDK alone is nearly the whole bundle budget, so the split says what bundling can reach.
 */
export const renderPackages = (bundle: BundleReport): string => {
  const sdk = sdkBytes(bundle.packages);
  const table = renderTable(
    [`largest packages of ${bundle.name}`, 'in output'],
    bundle.packages
      .slice(0, TOP_PACKAGES)
      .map((share) => [share.name, formatKib(share.bytesInOutput)]),
  );
  return `${table}\nAWS SDK (@aws-sdk, @smithy, @aws-crypto) ${formatKib(sdk)}, the rest ${formatKib(bundle.rawBytes - sdk)}`;
};

export const renderColdStarts = (rows: readonly ColdStartRow[]): string =>
  renderTable(
    [
      'cold start (median)',
      'starts',
      'process ms',
      'import ms',
      'import cpu ms',
      '1st record ms',
      '1st detect ms',
      '1st handler ms',
    ],
    rows.map(({ name, starts, times }) => [
      name,
      starts,
      ms(times.processMs),
      ms(times.importMs),
      ms(times.importCpuMs),
      ms(times.firstDeclaredMs),
      ms(times.firstDetectedMs),
      ms(times.firstHandlerMs),
    ]),
  );

const measuredText = (row: BudgetRow): string =>
  row.unit === 'bytes' ? formatKib(row.measured) : `${ms(row.measured)} ms`;

const limitText = (row: BudgetRow): string =>
  row.unit === 'bytes' ? `< ${row.limit / 1000} KB` : `< ${row.limit} ms`;

/** What the size budget is measured on, in plain words, after the budget table. */
const SIZE_BUDGET_NOTE =
  'The size budget applies to each main file (index.mjs), which Node compiles when the function ' +
  'starts; the files beside it (the language model, the libraries loaded on first use) are read ' +
  'only when needed, and count in the whole asset given beside it.';

export const renderBudgets = (rows: readonly BudgetRow[]): string => {
  const table = renderTable(
    ['budget', 'measured', 'x empty node', 'limit', 'result', 'whole asset'],
    rows.map((row) => [
      row.what,
      measuredText(row),
      row.ratioToEmpty === undefined ? '' : `${row.ratioToEmpty.toFixed(2)}x`,
      limitText(row),
      row.pass ? 'pass' : 'FAIL',
      row.assetBytes === undefined ? '' : formatKib(row.assetBytes),
    ]),
  );
  return rows.some((row) => row.unit === 'bytes') ? `${table}\n${SIZE_BUDGET_NOTE}` : table;
};

/** Budget rows for every variant measured, the bundle paired with its cold start by name. */
const allBudgetRows = (results: BenchResults): BudgetRow[] => {
  const names = [...new Set([...results.bundles, ...results.coldStarts].map((r) => r.name))];
  return names.flatMap((name) => {
    const start = results.coldStarts.find((row) => row.name === name);
    return budgetRows(
      name,
      results.bundles.find((bundle) => bundle.name === name),
      start?.times,
      results.emptyStart?.times,
      start?.detects ?? true,
    );
  });
};

/** The whole report: each section that ran, the budgets, then the notes. */
export const renderBench = (results: BenchResults): string => {
  const parts: string[] = [];
  if (results.throughput.length > 0) parts.push(renderThroughput(results.throughput));
  if (results.bundles.length > 0) {
    parts.push(renderBundles(results.bundles), renderAssetFiles(results.bundles));
    for (const deployed of firstOfEachFunction(results.bundles))
      parts.push(renderPackages(deployed), renderTopInputs(deployed));
  }
  if (results.coldStarts.length > 0)
    parts.push(
      renderColdStarts(
        results.emptyStart ? [results.emptyStart, ...results.coldStarts] : results.coldStarts,
      ),
    );
  const budgets = allBudgetRows(results);
  if (budgets.length > 0) parts.push(renderBudgets(budgets));
  if (results.notes.length > 0) parts.push(results.notes.map((note) => `- ${note}`).join('\n'));
  return parts.join('\n\n');
};
