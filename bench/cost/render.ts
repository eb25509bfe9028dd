import { PROBES_IN_FLIGHT } from '#shared/adapters/dynamo-record-store.ts';
import type { NearDuplicateProbes } from '#shared/domain/fingerprint-bands.ts';
import type { TableCapacityMode } from '#shared/domain/table-design.ts';
import { renderTable } from '../eval/table.ts';
import type { ArticleProfile, CostSummary, InitProfile } from './cost-model.ts';
import type { CostParameters } from './parameters.ts';

/** The goal: under $3 per million seed-size articles, the uploader's PUTs aside. */
export const COST_GOAL_DOLLARS = 3;

/** Figures of very different sizes, each with about three significant digits. */
export const formatAmount = (value: number): string => {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
};

const percent = (part: number, whole: number) =>
  whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';

export const renderCostTable = (profile: ArticleProfile, summary: CostSummary): string =>
  renderTable(
    [`per million articles: ${profile.name}`, 'units', 'unit', '$', 'share'],
    [
      ...summary.lines.map((line) => [
        line.line,
        formatAmount(line.units),
        line.unit,
        formatAmount(line.dollars),
        line.excluded ? '(not counted)' : percent(line.dollars, summary.total),
      ]),
      ['total (pipeline)', '', '', formatAmount(summary.total), '100%'],
    ],
  );

/** One line per kind of article: what the model was fed. */
export const renderMeasuredInputs = (
  rows: readonly { profile: ArticleProfile; summary: CostSummary }[],
  params: CostParameters,
): string =>
  renderTable(
    [
      'measured per article',
      'files',
      'input KB',
      'cpu ms',
      `billed ms @${params.memoryMb} MB: batch / article`,
      'log bytes',
      'item bytes',
      'WRU (item + index items)',
      'S3 GET',
      'DDB get/query/put',
      'DDB rounds',
    ],
    rows.map(({ profile, summary }) => [
      profile.name,
      profile.samples,
      (profile.inputBytes / 1024).toFixed(1),
      profile.cpuMs.toFixed(2),
      `${summary.invocationMs} / ${summary.durationMs.toFixed(1)}`,
      profile.logBytes,
      profile.itemBytes,
      `${profile.writeUnits} (${profile.tableWriteUnits} + ${profile.writeUnits - profile.tableWriteUnits})`,
      profile.requests.s3Get + profile.requests.s3Put,
      `${profile.requests.dynamoGet}/${profile.requests.dynamoQuery}/${profile.requests.dynamoPut}`,
      profile.dynamoRounds,
    ]),
  );

export const renderAssumptions = (
  params: CostParameters,
  init: InitProfile,
  perInvocationBytes: { lambda: number; metrics: number },
  probes: NearDuplicateProbes,
): string =>
  [
    `Assumed: ${params.memoryMb} MB arm64, batches of ${params.batchSize} processed ${params.messageConcurrency} messages at once (waits overlap, CPU does not), one cold start per ${params.invocationsPerColdStart} invocations, near-duplicate probes '${probes}',`,
    `${params.s3GetMs} ms per S3 request and ${params.dynamoRequestMs} ms per DynamoDB round waited on (requests in flight together are one round: the band queries, ${PROBES_IN_FLIGHT} at a time, are ceil(queries / ${PROBES_IN_FLIGHT}) rounds),`,
    `X-Ray sampling ${(100 * params.xraySampled).toFixed(0)}%, ${params.streamConsumers} stream consumer polling GetRecords; per invocation, Lambda's own log lines ${perInvocationBytes.lambda} bytes and the metrics lines (EMF, measured over a batch) ${perInvocationBytes.metrics}.`,
    `Init: import ${init.importCpuMs.toFixed(0)} ms CPU (stretched to the memory's CPU share) + first detection ${init.firstDetectionMs.toFixed(0)} ms, from ${init.source}.`,
  ].join('\n');

/** The verdict lines: the dominant line, and the seed's total against the goal. */
export const renderVerdict = (profile: ArticleProfile, summary: CostSummary, goal?: number) => {
  const parts = [
    `${profile.name}: $${formatAmount(summary.total)} per million; dominant line: ${summary.dominant.line} (${percent(summary.dominant.dollars, summary.total)}).`,
  ];
  if (goal !== undefined) {
    const verdict = summary.total < goal ? 'within' : 'over';
    parts.push(
      `Goal < $${goal} per million seed-size articles (uploader's PUTs aside): ${verdict}, ${(summary.total / goal).toFixed(2)}x the goal.`,
    );
  }
  return parts.join(' ');
};

/** One configuration of the matrix: a capacity mode and a lookup mode, and what it costs. */
export interface ConfigurationCost {
  capacity: TableCapacityMode;
  probes: NearDuplicateProbes;
  seed: CostSummary;
  median: CostSummary;
}

const configurationName = (c: ConfigurationCost) => `${c.capacity}, probes '${c.probes}'`;

/** The matrix of totals, capacity x near-duplicate lookup, for the seed and the median page. */
export const renderConfigurationMatrix = (
  configurations: readonly ConfigurationCost[],
  utilisation: number,
  goal: number,
): string =>
  renderTable(
    [
      `capacity (provisioned at ${(100 * utilisation).toFixed(0)}% use)`,
      'probes',
      'DynamoDB $, seed',
      '$ per million, seed',
      '$ per million, median page',
      `seed < $${goal}`,
    ],
    configurations.map((c) => [
      c.capacity,
      c.probes,
      formatAmount(dynamoDollars(c.seed)),
      formatAmount(c.seed.total),
      formatAmount(c.median.total),
      c.seed.total < goal ? 'yes' : 'no',
    ]),
  );

/** The DynamoDB lines of a summary (writes and reads, streams aside): what capacity changes. */
const dynamoDollars = (summary: CostSummary): number =>
  summary.lines
    .filter((line) => /^DynamoDB (writes|reads)/.test(line.line))
    .reduce((sum, line) => sum + line.dollars, 0);

/** Which configurations meet the goal on the seed, and which do not. */
export const renderMatrixVerdict = (
  configurations: readonly ConfigurationCost[],
  goal: number,
  utilisation?: number,
): string => {
  const within = configurations.filter((c) => c.seed.total < goal);
  const over = configurations.filter((c) => c.seed.total >= goal);
  // Provisioned DynamoDB dollars scale as 1 / utilisation: the lowest use still under the goal.
  const floor = (c: ConfigurationCost) => {
    if (c.capacity !== 'provisioned' || utilisation === undefined) return '';
    const rest = c.seed.total - dynamoDollars(c.seed);
    const lowest = (dynamoDollars(c.seed) * utilisation) / (goal - rest);
    return lowest < 1 && rest < goal
      ? `, under the goal down to ${(100 * lowest).toFixed(0)}% use`
      : '';
  };
  const list = (cs: readonly ConfigurationCost[]) =>
    cs.length === 0
      ? 'none'
      : cs
          .map((c) => `${configurationName(c)} ($${formatAmount(c.seed.total)}${floor(c)})`)
          .join('; ');
  return [
    `Under $${goal} per million seed-size articles: ${list(within)}.`,
    `Over: ${list(over)}.`,
  ].join('\n');
};

/** One memory size the function could have, and what it costs the seed and the median page. */
export interface MemoryCost {
  memoryMb: number;
  seed: CostSummary;
  median: CostSummary;
}

const lambdaDollars = (summary: CostSummary): number =>
  summary.lines
    .filter((line) => line.line.startsWith('Lambda '))
    .reduce((sum, line) => sum + line.dollars, 0);

/** Billed ms and Lambda $ (duration, init, requests) per memory size, from the same profiles. */
export const renderMemoryComparison = (rows: readonly MemoryCost[]): string =>
  renderTable(
    [
      'memory MB',
      'seed: ms per batch',
      'seed: Lambda $',
      'seed: total $',
      'median page: ms per batch',
      'median page: Lambda $',
      'median page: total $',
    ],
    rows.map(({ memoryMb, seed, median }) => [
      memoryMb,
      seed.invocationMs,
      formatAmount(lambdaDollars(seed)),
      formatAmount(seed.total),
      median.invocationMs,
      formatAmount(lambdaDollars(median)),
      formatAmount(median.total),
    ]),
  );
