/**
 * `npx tsx bench/memory/work-used.ts [corpus dir]`: the work budget real inputs spend.
 * Builds every page of the evaluation corpus (html-body, html-meta, html-date, seed;
 * default ../shared/corpus beside the repo, read in place) and every golden fixture
 * input with an unlimited budget that tallies units per pass, then prints the
 * distribution of units per input byte and of the share of its budget each file used
 * under the default limits. `workUnitsPerByte` must stay >= 3x over the largest ratio.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { budgetFor, WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';
import { sourceFor } from '../eval/corpus.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = resolve(process.argv[2] ?? join(REPO, '../shared/corpus'));
const CORPUS_DIRS = ['html-body/html', 'html-meta/html', 'html-date/html', 'seed'];
const NOW = new Date('2026-01-01T00:00:00Z');

/** A budget that never runs out and remembers what each pass spent. */
class TallyBudget extends WorkBudget {
  readonly byPass = new Map<string, number>();
  constructor() {
    super(Number.POSITIVE_INFINITY);
  }
  override spend(units: number, where: string): void {
    this.byPass.set(where, (this.byPass.get(where) ?? 0) + units);
    super.spend(units, where);
  }
}

const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.endsWith('.md') && !name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name))
    : [];

const inputs = (): string[] => [
  ...CORPUS_DIRS.flatMap((dir) => filesIn(join(CORPUS, dir))),
  ...filesIn(join(REPO, 'tests/fixtures/articles')).flatMap((dir) =>
    filesIn(dir).filter((path) => basename(path).startsWith('input.')),
  ),
];

interface Spent {
  file: string;
  bytes: number;
  used: number;
  perByte: number;
  shareOfBudget: number;
  top: string;
}

const measure = (file: string): Spent => {
  const bytes = new Uint8Array(readFileSync(file));
  const budget = new TallyBudget();
  const source = sourceFor(basename(file));
  withinBudget(DEFAULT_LIMITS, budget, () => buildObject({ bytes, source, now: NOW }));
  const top = [...budget.byPass]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([pass, units]) => `${pass} ${(units / Math.max(bytes.length, 1)).toFixed(2)}`)
    .join(', ');
  return {
    file: file.startsWith(CORPUS) ? file.slice(CORPUS.length + 1) : file.slice(REPO.length + 1),
    bytes: bytes.length,
    used: budget.used,
    perByte: budget.used / Math.max(bytes.length, 1),
    shareOfBudget: budget.used / budgetFor(bytes.length, DEFAULT_LIMITS).limit,
    top,
  };
};

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const spent = inputs().map(measure);
const ratios = spent.map((s) => s.perByte).sort((a, b) => a - b);
const used = spent.map((s) => s.used).sort((a, b) => a - b);
const shares = spent.map((s) => s.shareOfBudget).sort((a, b) => a - b);
const row = (label: string, values: readonly number[], digits: number): string =>
  `${label.padEnd(18)} ${[0, 0.5, 0.9, 0.99, 1]
    .map((q) => quantile(values, q).toFixed(digits).padStart(8))
    .join(' ')}`;
console.log(`${spent.length} inputs (corpus: ${CORPUS})`);
console.log(
  `${''.padEnd(18)} ${['min', 'p50', 'p90', 'p99', 'max'].map((h) => h.padStart(8)).join(' ')}`,
);
console.log(row('units per byte', ratios, 2));
console.log(row('units used', used, 0));
console.log(row('share of budget', shares, 4));
console.log(
  `limit: ${DEFAULT_LIMITS.workUnitsPerByte} units per byte, at least ${DEFAULT_LIMITS.minWorkUnits}`,
);
console.log('highest units per byte:');
for (const s of [...spent].sort((a, b) => b.perByte - a.perByte).slice(0, 8)) {
  console.log(
    `  ${s.perByte.toFixed(2).padStart(7)}  ${String(s.bytes).padStart(8)} B  ${s.file}  (${s.top})`,
  );
}
