/**
 * `npm run bench`: extraction throughput (ours and Readability's on the same inputs),
 * the size of each function's bundle and its cold start, in one run and one report. Not part of
 * `npm test`: timings depend on the machine, so they are measured here, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipelineFiles } from '#infra/constructs/pipeline-function.ts';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { loadAlternatives } from './bench/alternatives.ts';
import { parseBenchArgs, USAGE } from './bench/args.ts';
import { type BundleReport, measureBundle } from './bench/bundle.ts';
import { measureColdStart } from './bench/cold-start.ts';
import { benchSets, loadCorpusBodyPages, loadFixtureSamples } from './bench/inputs.ts';
import { type BenchResults, type ColdStartRow, renderBench } from './bench/report.ts';
import { measureThroughput, type ThroughputRow } from './bench/throughput.ts';
import { BUNDLE_VARIANTS, type BundleVariant } from './bench/variants.ts';
import { renderE2e } from './e2e/report.ts';
import { type E2eResult, runE2e } from './e2e/run-e2e.ts';
import { EVAL_NOW, loadExtractor } from './eval/extractor.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const ARTICLES_DIR = join(repoRoot, 'tests/fixtures/articles');
const CORPUS_DIR = resolve(repoRoot, '../shared/corpus');
const INGEST_ENTRY = join(repoRoot, 'lambdas/ingest/handler.ts');
const PROBE_ENTRY = join(repoRoot, 'bench/bench/cold-start-probe.ts');
const PUBLISH_ENTRY = join(repoRoot, 'lambdas/publish/handler.ts');
/** Under node_modules, so a bundle with external modules resolves them as on Lambda. */
const BUILD_DIR = join(repoRoot, 'node_modules/.cache/article-ingest-bench');
/** Cold-start inputs: one page that declares its language, one text that needs detection. */
const DECLARED_INPUT = join(ARTICLES_DIR, 'html-meta-json-ld-og/input.html');
const DETECTED_INPUT = join(ARTICLES_DIR, 'text-wire-dateline/input.txt');
const TEST_EVENT = join(repoRoot, 'events/s3-test-event.json');

const options = optionsOrExit(() => parseBenchArgs(process.argv.slice(2), process.cwd()), USAGE);

const results: BenchResults = { throughput: [], bundles: [], coldStarts: [], notes: [] };
const progress = (line: string) => process.stderr.write(`${line}\n`);

const runThroughput = async (): Promise<ThroughputRow[]> => {
  const ours = await loadExtractor();
  const fixtures = loadFixtureSamples(ARTICLES_DIR);
  const corpus = loadCorpusBodyPages(CORPUS_DIR);
  if (!corpus)
    results.notes.push(`No corpus at ${CORPUS_DIR}: throughput is on the fixtures only.`);
  const sets = benchSets(fixtures, corpus);
  const rows: ThroughputRow[] = [];
  for (const { name, samples } of sets) {
    progress(`timing ours on ${name}...`);
    rows.push(measureThroughput('ours', name, samples, ours, options.passes));
  }
  const { extractors, notes } = await loadAlternatives();
  results.notes.push(...notes);
  const htmlSets = sets.filter(({ samples }) => samples.every((s) => s.format === 'html'));
  for (const { name: extractor, extract } of extractors) {
    for (const { name, samples } of htmlSets) {
      progress(`timing ${extractor} on ${name}...`);
      rows.push(
        measureThroughput(extractor, name, samples, (s) => extract(s.bytes), options.passes),
      );
    }
  }
  return rows;
};

/** A function the bench builds: its handler, what its cold start imports, its variants. */
interface BenchFunction {
  name: string;
  entry: string;
  /** The ingest probe adds `buildObject` to time the first records; publish is imported only. */
  probe: string;
  detects: boolean;
  variants: readonly BundleVariant[];
}

/** Ingest with the variants the README weighs, publish as deployed. */
const FUNCTIONS: readonly BenchFunction[] = [
  {
    name: 'ingest',
    entry: INGEST_ENTRY,
    probe: PROBE_ENTRY,
    detects: true,
    variants: BUNDLE_VARIANTS,
  },
  {
    name: 'publish',
    entry: PUBLISH_ENTRY,
    probe: PUBLISH_ENTRY,
    detects: false,
    variants: BUNDLE_VARIANTS.slice(0, 1),
  },
];

/** Each function and variant, named `<function> <variant>` (`ingest deployed`). */
const builds = () =>
  FUNCTIONS.flatMap((fn) =>
    fn.variants.map((variant) => ({ fn, variant, name: `${fn.name} ${variant.name}` })),
  );

/**
 * What the construct copies beside a function's bundle, built once per run: the ingest
 * function's model and libraries; publish reads no article, so nothing (change-events.ts).
 */
let besideFiles: ReturnType<typeof pipelineFiles> | undefined;
const filesBeside = (fn: BenchFunction) => {
  if (!fn.detects) return [];
  besideFiles ??= pipelineFiles();
  return besideFiles;
};

const runBundles = async (): Promise<BundleReport[]> => {
  const reports: BundleReport[] = [];
  for (const { fn, variant, name } of builds()) {
    progress(`bundling ${name}...`);
    const outdir = join(BUILD_DIR, name.replace(' ', '-'));
    reports.push(await measureBundle(name, variant.bundling, fn.entry, outdir, filesBeside(fn)));
  }
  return reports;
};

/** An empty module started like the probes: what node itself costs, the budgets' baseline. */
const runEmptyStart = (): ColdStartRow => {
  const bundle = join(BUILD_DIR, 'empty.mjs');
  writeFileSync(bundle, '');
  progress(`starting an empty node ${options.starts} times...`);
  const inputs = {
    bundle,
    nodeOptions: BUNDLE_VARIANTS[0]?.nodeOptions ?? [],
    declaredFile: DECLARED_INPUT,
    detectedFile: DETECTED_INPUT,
    eventFile: TEST_EVENT,
  };
  return {
    name: 'empty node',
    starts: options.starts,
    times: measureColdStart(inputs, options.starts),
  };
};

const runColdStarts = async (): Promise<ColdStartRow[]> => {
  const rows: ColdStartRow[] = [];
  for (const { fn, variant, name } of builds()) {
    progress(`cold-starting ${name} ${options.starts} times...`);
    const probe = await measureBundle(
      name,
      variant.bundling,
      fn.probe,
      join(BUILD_DIR, `probe-${name.replace(' ', '-')}`),
      filesBeside(fn),
    );
    const inputs = {
      bundle: probe.file,
      nodeOptions: variant.nodeOptions,
      declaredFile: DECLARED_INPUT,
      detectedFile: DETECTED_INPUT,
      eventFile: TEST_EVENT,
    };
    rows.push({
      name,
      starts: options.starts,
      times: measureColdStart(inputs, options.starts),
      detects: fn.detects,
    });
  }
  return rows;
};

mkdirSync(BUILD_DIR, { recursive: true });
if (options.sections.includes('throughput')) results.throughput = await runThroughput();
if (options.sections.includes('bundle')) results.bundles = await runBundles();
if (options.sections.includes('coldstart')) {
  results.emptyStart = runEmptyStart();
  results.coldStarts = await runColdStarts();
}
const e2e: E2eResult | undefined = options.sections.includes('e2e')
  ? await runE2e(options.files, progress)
  : undefined;

const machine = `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(renderBench(results));
if (e2e) console.log(`\n${renderE2e(e2e)}`);
console.log(`\n(${machine}; the machine is shared, so compare runs made close together)`);
if (options.jsonFile) {
  const meta = {
    ranAt: new Date().toISOString(),
    machine,
    passes: options.passes,
    now: EVAL_NOW.toISOString(),
  };
  writeFileSync(
    options.jsonFile,
    `${JSON.stringify({ ...meta, ...results, ...(e2e ? { e2e } : {}) }, null, 2)}\n`,
  );
  console.log(`Results written to ${options.jsonFile}`);
}
