/**
 * `npm run cost`: what a million articles cost on AWS (us-east-1, arm64, the table
 * on-demand or provisioned), line by line, from figures measured here: the deployed handler's CPU time, log bytes,
 * requests and written items per article (on the seed article and on corpus pages of
 * the median size), and the init phase from the bench's cold start. Prices are in
 * bench/cost/prices.ts; what is assumed rather than measured is a parameter, printed.
 * Then the matrix of capacity x near-duplicate lookup against the $3 goal, and the
 * Lambda cost at three memory sizes.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import {
  NEAR_DUPLICATE_PROBE_MODES,
  type NearDuplicateProbes,
} from '#shared/domain/fingerprint-bands.ts';
import { TABLE_CAPACITY_MODES } from '#shared/domain/table-design.ts';
import { parseCostArgs, USAGE } from './cost/args.ts';
import { costPerMillion } from './cost/cost-model.ts';
import { initFromBenchJson, measureInit } from './cost/init-profile.ts';
import type { CostSample } from './cost/measure-article.ts';
import { measureArticle, metricsLogBytesPerInvocation, profileOf } from './cost/measure-article.ts';
import { platformLogBytes } from './cost/platform-log.ts';
import { PRICES, PRICES_AS_OF, PRICES_REGION } from './cost/prices.ts';
import {
  COST_GOAL_DOLLARS,
  type ConfigurationCost,
  renderAssumptions,
  renderConfigurationMatrix,
  renderCostTable,
  renderMatrixVerdict,
  renderMeasuredInputs,
  renderMemoryComparison,
  renderVerdict,
} from './cost/render.ts';
import { loadCostInputs } from './cost/samples.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const CORPUS_DIR = resolve(repoRoot, '../shared/corpus');
const ARTICLES_DIR = join(repoRoot, 'tests/fixtures/articles');
/** A pessimistic S3 wait for the sensitivity line: the top of S3's quoted first-byte range. */
const SLOW_S3_MS = 150;

const options = optionsOrExit(() => parseCostArgs(process.argv.slice(2), process.cwd()), USAGE);
const progress = (line: string) => process.stderr.write(`${line}\n`);

const inputs = loadCostInputs(CORPUS_DIR, ARTICLES_DIR);
const measureAll = async (samples: CostSample[], probes: NearDuplicateProbes) => {
  const measured = [];
  for (const sample of samples)
    measured.push(await measureArticle(sample, options.repeats, probes));
  return measured;
};
/** The seed and median profiles under one lookup mode (its requests, rounds and index writes). */
const measureMode = async (probes: NearDuplicateProbes) => {
  progress(`measuring the handler on ${inputs.seed.from}, probes '${probes}' ...`);
  const seedProfile = profileOf(
    `seed-size article (${inputs.seed.from})`,
    await measureAll(inputs.seed.samples, probes),
  );
  progress(`measuring the handler on ${inputs.median.from}, probes '${probes}' ...`);
  const medianProfile = profileOf(
    `median page (${inputs.median.from})`,
    await measureAll(inputs.median.samples, probes),
  );
  return { seed: seedProfile, median: medianProfile };
};
const byMode = new Map<NearDuplicateProbes, Awaited<ReturnType<typeof measureMode>>>();
for (const probes of [
  options.probes,
  ...NEAR_DUPLICATE_PROBE_MODES.filter((m) => m !== options.probes),
]) {
  byMode.set(probes, await measureMode(probes));
}
const chosen = byMode.get(options.probes);
if (!chosen) throw new Error(`no measurement for probes '${options.probes}'`);
const { seed, median } = chosen;
progress(
  options.benchJson ? `init from ${options.benchJson}` : 'measuring the init (cold start) ...',
);
const init = options.benchJson
  ? initFromBenchJson(options.benchJson)
  : measureInit(repoRoot, options.starts);

// Per invocation: Lambda's own lines and the metrics (EMF) the handler prints at its end.
const metricsBytes = await metricsLogBytesPerInvocation(
  inputs.seed.samples[0] as CostSample,
  options.params.batchSize,
  options.probes,
);
const platform = {
  bytesPerInvocation: platformLogBytes(options.params.memoryMb) + metricsBytes,
};
const model = (profile: typeof seed, params = options.params) =>
  costPerMillion(profile, init, platform, params, PRICES);
const rows = [seed, median].map((profile) => ({ profile, summary: model(profile) }));
const [seedRow, medianRow] = rows as [(typeof rows)[number], (typeof rows)[number]];
const allCold = model(seed, { ...options.params, invocationsPerColdStart: 1 });
const slowS3 = model(seed, { ...options.params, s3GetMs: SLOW_S3_MS });
/** Memory sizes compared: half the default, the default, and one full vCPU. */
const MEMORY_SIZES_MB = [512, 1024, 1769];
const memoryRows = MEMORY_SIZES_MB.map((memoryMb) => {
  const params = { ...options.params, memoryMb };
  return { memoryMb, seed: model(seed, params), median: model(median, params) };
});
// Every capacity mode under every lookup mode, the rest of the parameters as given.
const configurations: ConfigurationCost[] = NEAR_DUPLICATE_PROBE_MODES.flatMap((probes) =>
  TABLE_CAPACITY_MODES.map((capacity) => {
    const profiles = byMode.get(probes) ?? chosen;
    const params = { ...options.params, capacity };
    return {
      capacity,
      probes,
      seed: model(profiles.seed, params),
      median: model(profiles.median, params),
    };
  }),
);

const report = [
  `Prices: ${PRICES_REGION}, DynamoDB ${options.params.capacity}${options.params.capacity === 'provisioned' ? ` at ${(100 * options.params.utilisation).toFixed(0)}% use` : ''}, arm64 Lambda, as of ${PRICES_AS_OF}.`,
  renderAssumptions(
    options.params,
    init,
    { lambda: platformLogBytes(options.params.memoryMb), metrics: metricsBytes },
    options.probes,
  ),
  renderMeasuredInputs(rows, options.params),
  ...rows.map(({ profile, summary }) => renderCostTable(profile, summary)),
  [
    renderVerdict(seedRow.profile, seedRow.summary, COST_GOAL_DOLLARS),
    renderVerdict(medianRow.profile, medianRow.summary),
    `Sensitivity (seed): every invocation a cold start $${allCold.total.toFixed(2)}; S3 waits of ${SLOW_S3_MS} ms $${slowS3.total.toFixed(2)}.`,
    ...inputs.notes,
  ].join('\n'),
  `Configurations: the table's capacity (-c tableCapacity) x the near-duplicate lookup (-c nearDuplicateProbes; 'off' also writes no band keys 1-3). Each lookup mode measured on its own (CPU times differ by noise too):\n${renderConfigurationMatrix(configurations, options.params.utilisation, COST_GOAL_DOLLARS)}`,
  renderMatrixVerdict(configurations, COST_GOAL_DOLLARS, options.params.utilisation),
  `Memory (the rest as assumed above; Lambda's own log line counted at the default size):\n${renderMemoryComparison(memoryRows)}`,
];
console.log(report.join('\n\n'));
const machine = `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`\n(${machine}; CPU times are this machine's, Lambda's arm64 cores differ)`);
if (options.jsonFile) {
  const json = {
    ranAt: new Date().toISOString(),
    machine,
    prices: { asOf: PRICES_AS_OF, region: PRICES_REGION, ...PRICES },
    params: options.params,
    probes: options.probes,
    init,
    platform,
    rows,
    configurations: configurations.map(({ capacity, probes, seed: s, median: m }) => ({
      capacity,
      probes,
      seedTotal: s.total,
      medianTotal: m.total,
    })),
    goal: { dollars: COST_GOAL_DOLLARS, seedTotal: seedRow.summary.total },
    sensitivity: { allColdTotal: allCold.total, slowS3Total: slowS3.total, slowS3Ms: SLOW_S3_MS },
    notes: inputs.notes,
  };
  writeFileSync(options.jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Results written to ${options.jsonFile}`);
}
