import { formatRate, renderTable } from '../eval/table.ts';
import { type BudgetRow, budgetRows } from './budgets.ts';
import type { BundleReport } from './bundle.ts';
import { sdkBytes } from './bundle-packages.ts';
import type { StartTimes } from './cold-start.ts';
import type { ThroughputRow } from './throughput.ts';

/** A cold-start figure for one bundle variant. */
export interface ColdStartRow {
  name: string;
  starts: number;
  times: StartTimes;
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
    ['bundle', 'raw', 'gzip', 'beside it', 'source map', 'external'],
    bundles.map((b) => [
      b.name,
      formatKib(b.rawBytes),
      formatKib(b.gzipBytes),
      formatKib(b.besideBytes),
      `${formatKib(b.mapBytes)} (${b.mapShipped ? 'shipped' : 'not shipped'})`,
      b.external.join(' ') || '(none)',
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

export const renderBudgets = (rows: readonly BudgetRow[]): string =>
  renderTable(
    ['budget', 'measured', 'x empty node', 'limit', 'result'],
    rows.map((row) => [
      row.what,
      measuredText(row),
      row.ratioToEmpty === undefined ? '' : `${row.ratioToEmpty.toFixed(2)}x`,
      limitText(row),
      row.pass ? 'pass' : 'FAIL',
    ]),
  );

/** Budget rows for every variant measured, the bundle paired with its cold start by name. */
const allBudgetRows = (results: BenchResults): BudgetRow[] => {
  const names = [...new Set([...results.bundles, ...results.coldStarts].map((r) => r.name))];
  return names.flatMap((name) =>
    budgetRows(
      name,
      results.bundles.find((bundle) => bundle.name === name),
      results.coldStarts.find((row) => row.name === name)?.times,
      results.emptyStart?.times,
    ),
  );
};

/** The whole report: each section that ran, the budgets, then the notes. */
export const renderBench = (results: BenchResults): string => {
  const parts: string[] = [];
  if (results.throughput.length > 0) parts.push(renderThroughput(results.throughput));
  if (results.bundles.length > 0) {
    parts.push(renderBundles(results.bundles));
    const deployed = results.bundles[0];
    if (deployed) parts.push(renderPackages(deployed), renderTopInputs(deployed));
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
