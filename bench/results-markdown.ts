/** The markdown of bench/RESULTS.md, from the suites' printed reports and JSON outputs. */

export interface Machine {
  cpuModel: string;
  cpus: number;
  memoryGb: number;
  os: string;
  node: string;
  loadAverage: number[];
}

/** What one suite printed and the JSON it wrote; undefined when it failed. */
export interface SuiteRun {
  command: string;
  stdout: string;
  json: Record<string, unknown> | undefined;
  exitCode: number;
  minutes: number;
}

export interface ResultsInput {
  date: string;
  machine: Machine;
  bench: SuiteRun;
  cost: SuiteRun;
}

const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;

/** The headline ratios, read from the JSON outputs; a figure a suite did not produce is said to be missing. */
export const summaryLines = (input: ResultsInput): string[] => {
  const lines: string[] = [];
  const e2e = record(input.bench.json?.e2e);
  const floorMs = number(e2e?.floorMs);
  const pipelineMs = number(e2e?.pipelineMs);
  const records = number(e2e?.records);
  if (floorMs && pipelineMs && records) {
    const ratio = pipelineMs / floorMs;
    lines.push(
      `End to end, ${e2e?.files} files (${records} records): pipeline ${(pipelineMs / 1000).toFixed(1)} s, ` +
        `${(records / (pipelineMs / 1000)).toFixed(1)} records/s; floor ${(floorMs / 1000).toFixed(1)} s; ` +
        `**ratio ${ratio.toFixed(2)}x** (goal <= 2x: ${ratio <= 2 ? 'met' : 'not met'}).`,
    );
  } else lines.push('End to end: not measured in this run.');
  const goal = record(input.cost.json?.goal);
  const seedTotal = number(goal?.seedTotal);
  const goalDollars = number(goal?.dollars);
  const rows = Array.isArray(input.cost.json?.rows) ? (input.cost.json?.rows as unknown[]) : [];
  if (seedTotal !== undefined && goalDollars !== undefined) {
    const medianTotal = number(record(record(rows[1])?.summary)?.total);
    const dominant = record(record(record(rows[0])?.summary)?.dominant);
    lines.push(
      `Cost per million articles: **seed-size $${seedTotal.toFixed(2)}** (goal < $${goalDollars}: ` +
        `${seedTotal < goalDollars ? 'met' : 'not met'}, ${(seedTotal / goalDollars).toFixed(2)}x)` +
        `${medianTotal !== undefined ? `, median corpus page $${medianTotal.toFixed(2)}` : ''}; ` +
        `dominant line: ${String(dominant?.line ?? '-')}.`,
    );
  } else lines.push('Cost model: not run in this run.');
  return lines;
};

const section = (title: string, run: SuiteRun): string[] => [
  `## ${title}`,
  '',
  `\`${run.command}\`, ${run.minutes.toFixed(1)} min${run.exitCode === 0 ? '' : `, **exit code ${run.exitCode}**`}:`,
  '',
  '```text',
  run.stdout.trim(),
  '```',
];

export const renderResults = (input: ResultsInput): string => {
  const { machine } = input;
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run results\` on ${input.date}; do not edit by hand. The machine:`,
    `${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGb.toFixed(1)} GB, ${machine.os}, node ${machine.node},`,
    `load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')} at the start (a shared machine:`,
    'compare ratios measured in one run, not milliseconds across runs). bench/README.md says what each table measures.',
    '',
    '## Summary',
    '',
    ...summaryLines(input).map((line) => `- ${line}`),
    '',
    ...section('Speed: throughput, bundle, cold start, end to end', input.bench),
    '',
    ...section('Cost per million articles', input.cost),
    '',
  ].join('\n');
};
