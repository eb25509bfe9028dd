/**
 * `npm run results`: runs the speed suite (every section, the end to end on the local
 * stack included) and the cost model, which takes its init from that same run's cold
 * start, and writes bench/RESULTS.md: the machine, the date, the summary ratios and
 * every table as the suites printed them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wholeNumber } from '#local/command-line/option-values.ts';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { renderResults, type SuiteRun } from './results-markdown.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = join(repoRoot, 'bench/RESULTS.md');
const USAGE =
  'usage: npm run results -- [--files N] [--starts N]\n' +
  '  --files N    files of the end-to-end run (default: the bench default, 2000)\n' +
  '  --starts N   fresh processes per cold-start figure (default: the bench default)';

const options = optionsOrExit(() => {
  const { values } = parseOptions(process.argv.slice(2), {
    files: { type: 'string' },
    starts: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const files = values.files && wholeNumber('--files', values.files, { min: 1, fallback: 0 });
  const starts = values.starts && wholeNumber('--starts', values.starts, { min: 1, fallback: 0 });
  return { files, starts, help: values.help ?? false };
}, USAGE);

const readJson = (file: string): Record<string, unknown> | undefined =>
  existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : undefined;

/** Runs one suite script; its progress (stderr) goes to ours, its report is kept. */
const runSuite = (script: string, args: string[], jsonFile: string): SuiteRun => {
  const started = performance.now();
  process.stderr.write(`running npm run ${script} -- ${args.join(' ')} ...\n`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', `bench/${script}.ts`, ...args, '--json', jsonFile],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    command: `npm run ${script}${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    stdout: run.stdout.replace(/^Results written to .*$/m, '').trim(),
    json: readJson(jsonFile),
    exitCode: run.status ?? 1,
    minutes: (performance.now() - started) / 60_000,
  };
};

const dir = mkdtempSync(join(tmpdir(), 'article-ingest-results-'));
const machine = {
  cpuModel: cpus()[0]?.model ?? 'unknown CPU',
  cpus: cpus().length,
  memoryGb: totalmem() / 1024 ** 3,
  os: `${platform()} ${release()}`,
  node: process.version,
  loadAverage: loadavg(),
};
const date = new Date().toISOString();
try {
  const benchJson = join(dir, 'bench.json');
  const benchArgs = [
    ...(options.files ? ['--files', String(options.files)] : []),
    ...(options.starts ? ['--starts', String(options.starts)] : []),
  ];
  const bench = runSuite('bench', benchArgs, benchJson);
  const costArgs = bench.json ? ['--bench-json', benchJson] : [];
  const cost = runSuite('cost', costArgs, join(dir, 'cost.json'));
  // The temporary path means nothing to a reader: say where the init came from instead.
  cost.command = cost.command.replace(benchJson, '<the bench run above>');
  cost.stdout = cost.stdout.replaceAll(benchJson, 'the bench run above');
  writeFileSync(RESULTS_FILE, renderResults({ date, machine, bench, cost }));
  process.stderr.write(`wrote ${RESULTS_FILE}\n`);
  if (bench.exitCode !== 0 || cost.exitCode !== 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
