import { isExact } from './compare-table.ts';
import type { ScenarioRow } from './report.ts';
import {
  type Disruption,
  emptyDisruption,
  type Scenario,
  type ScenarioContext,
  waitForDrain,
} from './scenario.ts';
import { redriveDeadLetters } from './stack-harness.ts';
import { checkTable, type TableCheck } from './verify-scenario.ts';

/** What one scenario found: its row, and the details behind it for the terminal. */
export interface ScenarioOutcome {
  row: ScenarioRow;
  failures: string[];
  notes: string[];
  findings: string[];
}

interface Running {
  scenario: Scenario;
  started: number;
  disruption: Disruption;
  settled: Promise<{ drained: boolean; at: number }>;
}

/** After a redrive, the moved messages are new sends: processed at once unless they fail again. */
const REDRIVE_SETTLE_MS = 120_000;
/** The table may be briefly unreachable (a restart just ended); retry the reading this long. */
const CHECK_RETRY_MS = 60_000;
const CHECK_RETRY_PAUSE_MS = 2_000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const checkWithRetry = async (ctx: ScenarioContext, prefix: string): Promise<TableCheck> => {
  const deadline = Date.now() + CHECK_RETRY_MS;
  for (;;) {
    try {
      return await checkTable(ctx, prefix);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, CHECK_RETRY_PAUSE_MS));
    }
  }
};

const startScenario = async (
  ctx: ScenarioContext,
  scenario: Scenario,
  keys: number,
): Promise<Running> => {
  ctx.log(`${scenario.name}: running`);
  const started = Date.now();
  let disruption: Disruption;
  try {
    disruption = await scenario.disrupt(ctx, { keys });
  } catch (error) {
    disruption = { ...emptyDisruption(), failures: [`the scenario stopped: ${messageOf(error)}`] };
  }
  const deadline = Date.now() + scenario.settleMs;
  const settled = waitForDrain(ctx, scenario.prefix, deadline).then((drained) => ({
    drained,
    at: Date.now(),
  }));
  return { scenario, started, disruption, settled };
};

/** The row of a scenario whose outcome could not be read at all: failed, nothing counted. */
const unreadRow = (scenario: Scenario, running: Running, at: number): ScenarioRow => ({
  name: scenario.name,
  description: scenario.description,
  eventsSent: 0,
  keys: 0,
  expected: 0,
  lost: 0,
  duplicated: 0,
  stale: 0,
  dlq: 0,
  redriven: 0,
  passed: false,
  seconds: Math.round((at - running.started) / 100) / 10,
});

const finishScenario = async (ctx: ScenarioContext, running: Running): Promise<ScenarioOutcome> => {
  const { scenario, disruption } = running;
  const { drained, at } = await running.settled;
  const failures = [...disruption.failures];
  if (!drained)
    failures.push(
      `messages of its keys were still queued ${scenario.settleMs / 1000} s after the fault`,
    );
  let check: TableCheck;
  try {
    check = await checkWithRetry(ctx, scenario.prefix);
  } catch (error) {
    failures.push(`could not read the bucket and table: ${messageOf(error)}`);
    return {
      row: unreadRow(scenario, running, at),
      failures,
      notes: disruption.notes,
      findings: [],
    };
  }
  const { comparison } = check;
  if (check.unreadable.length > 0)
    failures.push(
      `the bucket cannot serve ${check.unreadable.length} object(s) after the fault, left out of the comparison: ${check.unreadable.join(', ')}`,
    );
  const dlq = ctx.observer.deadLetterCount(scenario.prefix);
  const findings = [...comparison.lost, ...comparison.stale, ...comparison.duplicated].map(
    (f) => f.detail,
  );
  const row: ScenarioRow = {
    name: scenario.name,
    description: scenario.description,
    eventsSent: check.realEvents + disruption.replayed + disruption.forged,
    keys: check.keys,
    expected: comparison.expected,
    lost: comparison.lost.length,
    duplicated: comparison.duplicated.length,
    stale: comparison.stale.length,
    dlq,
    redriven: 0,
    passed: isExact(comparison) && dlq === 0 && failures.length === 0,
    seconds: Math.round((at - running.started) / 100) / 10,
  };
  ctx.log(`${scenario.name}: done`);
  return { row, failures, notes: disruption.notes, findings };
};

/** Redrives the dead letters, waits, and counts per scenario those that then ended right. */
const redriveAll = async (
  ctx: ScenarioContext,
  outcomes: ScenarioOutcome[],
  prefixes: Map<string, string>,
) => {
  const withDeadLetters = outcomes.filter((o) => o.row.dlq > 0);
  if (withDeadLetters.length === 0) return;
  const moved = await redriveDeadLetters(ctx.harness);
  ctx.log(`redrive: moved ${moved} dead letter(s) back to the ingest queue`);
  for (const outcome of withDeadLetters) {
    const prefix = prefixes.get(outcome.row.name) ?? '';
    const keys = ctx.observer.deadLetterKeys(prefix);
    await waitForDrain(ctx, prefix, Date.now() + REDRIVE_SETTLE_MS);
    const { comparison } = await checkWithRetry(ctx, prefix);
    const wrong = new Set([...comparison.lost, ...comparison.stale].map((f) => f.key));
    outcome.row.redriven = keys.filter((key) => !wrong.has(key)).length;
  }
};

/**
 * Runs the phases in order. Within a phase the disruptive parts run one after another
 * and the waits for the queue overlap; the next phase starts once this one settled, so
 * its faults never hit the previous phase's messages.
 */
export const runScenarios = async (
  ctx: ScenarioContext,
  phases: readonly (readonly Scenario[])[],
  keys: number,
): Promise<ScenarioOutcome[]> => {
  const outcomes: ScenarioOutcome[] = [];
  for (const phase of phases) {
    const running: Running[] = [];
    for (const scenario of phase) running.push(await startScenario(ctx, scenario, keys));
    for (const r of running) outcomes.push(await finishScenario(ctx, r));
  }
  const prefixes = new Map(phases.flat().map((s) => [s.name, s.prefix]));
  // Dead letters are counted before this: `dlq` is what waited there at the end.
  await redriveAll(ctx, outcomes, prefixes).catch((error: unknown) =>
    ctx.log(`redrive failed: ${messageOf(error)}`),
  );
  return outcomes;
};
