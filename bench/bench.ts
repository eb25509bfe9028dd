/**
 * `npm run bench`: extraction throughput (ours and Readability's on the same inputs),
 * the ingest bundle's size and its cold start, in one run and one report. Not part of
 * `npm test`: timings depend on the machine, so they are measured here, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_FILES } from '#infra/constructs/pipeline-function.ts';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { loadAlternatives } from './bench/alternatives.ts';
import { parseBenchArgs, USAGE } from './bench/args.ts';
import { type BundleReport, measureBundle } from './bench/bundle.ts';
import { measureColdStart } from './bench/cold-start.ts';
import { benchSets, loadCorpusBodyPages, loadFixtureSamples } from './bench/inputs.ts';
import { type BenchResults, type ColdStartRow, renderBench } from './bench/report.ts';
import { measureThroughput, type ThroughputRow } from './bench/throughput.ts';
import { BUNDLE_VARIANTS } from './bench/variants.ts';
import { renderE2e } from './e2e/report.ts';
import { type E2eResult, runE2e } from './e2e/run-e2e.ts';
import { EVAL_NOW, loadExtractor } from './eval/extractor.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const ARTICLES_DIR = join(repoRoot, 'tests/fixtures/articles');
const CORPUS_DIR = resolve(repoRoot, '../shared/corpus');
const INGEST_ENTRY = join(repoRoot, 'lambdas/ingest/handler.ts');
const PROBE_ENTRY = join(repoRoot, 'bench/bench/cold-start-probe.ts');
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

const runBundles = async (): Promise<BundleReport[]> => {
  const reports: BundleReport[] = [];
  for (const variant of BUNDLE_VARIANTS) {
    progress(`bundling ${variant.name}...`);
    reports.push(
      await measureBundle(
        variant.name,
        variant.bundling,
        INGEST_ENTRY,
        join(BUILD_DIR, variant.name),
        PIPELINE_FILES,
      ),
    );
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

const runColdStarts = async () => {
  const rows = [];
  for (const variant of BUNDLE_VARIANTS) {
    progress(`cold-starting ${variant.name} ${options.starts} times...`);
    const probe = await measureBundle(
      variant.name,
      variant.bundling,
      PROBE_ENTRY,
      join(BUILD_DIR, `probe-${variant.name}`),
      PIPELINE_FILES,
    );
    const inputs = {
      bundle: probe.file,
      nodeOptions: variant.nodeOptions,
      declaredFile: DECLARED_INPUT,
      detectedFile: DETECTED_INPUT,
      eventFile: TEST_EVENT,
    };
    rows.push({
      name: variant.name,
      starts: options.starts,
      times: measureColdStart(inputs, options.starts),
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
