/**
 * `npm run faults`: starts a real local stack in a temporary data dir, runs the fault
 * scenarios against it, compares the whole table with what a correct pipeline leaves
 * (see expected-model.ts), and writes bench/reliability/faults.json. Exits 1 when a
 * scenario fails. Not part of `npm test`: it takes minutes and kills processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { parseFaultArgs, usageFor } from './fault-args.ts';
import { QueueObserver } from './queue-observer.ts';
import { buildReport, summaryLine, writeReport } from './report.ts';
import { runScenarios, type ScenarioOutcome } from './run-scenarios.ts';
import type { Scenario, ScenarioContext } from './scenario.ts';
import { seededRandom } from './scenario.ts';
import { deletedBeforeFetchScenario } from './scenarios/deleted-before-fetch.ts';
import { duplicatesScenario } from './scenarios/duplicates.ts';
import { dynamodbRestartScenario } from './scenarios/dynamodb-restart.ts';
import { forgedRemovalsScenario } from './scenarios/forged-removals.ts';
import { handlerCrashScenario } from './scenarios/handler-crash.ts';
import { slowFileScenario } from './scenarios/slow-file.ts';
import { stackKillScenario } from './scenarios/stack-kill.ts';
import { StackData } from './stack-data.ts';
import { REPO_ROOT, StackHarness } from './stack-harness.ts';

/**
 * Phase one needs a healthy stack; phase two's faults (a killed worker, a slow file, a
 * dead table, a killed stack) all leave messages waiting one visibility timeout (6x the
 * function timeout),
 * so they run together and their waits overlap.
 */
const PHASES: Scenario[][] = [
  [duplicatesScenario, forgedRemovalsScenario, deletedBeforeFetchScenario],
  [handlerCrashScenario, slowFileScenario, dynamodbRestartScenario, stackKillScenario],
];
/** Fixed, so two runs make the same plan of writes and replays. */
const RANDOM_SEED = 20_251_105;
const JOURNAL_POLL_MS = 500;
/** Findings printed per scenario; the rest are counted. */
const MAX_FINDINGS_SHOWN = 8;

const names = PHASES.flat().map((s) => s.name);
const options = optionsOrExit(
  () => parseFaultArgs(process.argv.slice(2), process.cwd(), names),
  usageFor(names),
);
const log = (line: string) =>
  process.stderr.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const printOutcome = (outcome: ScenarioOutcome) => {
  console.log(summaryLine(outcome.row));
  for (const note of outcome.notes) console.log(`  note: ${note}`);
  for (const failure of outcome.failures) console.log(`  failure: ${failure}`);
  for (const finding of outcome.findings.slice(0, MAX_FINDINGS_SHOWN)) console.log(`  ${finding}`);
  if (outcome.findings.length > MAX_FINDINGS_SHOWN)
    console.log(`  ... and ${outcome.findings.length - MAX_FINDINGS_SHOWN} more`);
};

const main = async (): Promise<number> => {
  const phases = PHASES.map((phase) =>
    phase.filter((s) => !options.only || s.name === options.only),
  ).filter((phase) => phase.length > 0);
  const dataDir = mkdtempSync(join(tmpdir(), 'article-ingest-faults-'));
  const harness = await StackHarness.create(dataDir);
  log(`starting the local stack in ${dataDir}${options.synth ? ' (synth + start)' : ''} ...`);
  await harness.start({ synth: options.synth });
  const observer = new QueueObserver(dataDir, join(REPO_ROOT, 'cdk.out'));
  const data = new StackData(() => harness.info);
  const ctx: ScenarioContext = {
    harness,
    data,
    observer,
    random: seededRandom(RANDOM_SEED),
    log,
    async restart() {
      observer.poll();
      await harness.stop();
      observer.poll();
      await harness.start({ synth: false });
    },
  };
  // Read the queue's journal often, so a compaction cannot hide an event for long.
  const polling = setInterval(() => observer.poll(), JOURNAL_POLL_MS);
  let outcomes: ScenarioOutcome[] = [];
  try {
    outcomes = await runScenarios(ctx, phases, options.keys);
  } finally {
    clearInterval(polling);
    await harness.stop().catch(() => undefined);
    harness.killOrphans();
    data.destroy();
  }
  writeReport(
    options.outFile,
    buildReport(
      outcomes.map((o) => o.row),
      new Date(),
    ),
  );
  for (const outcome of outcomes) printOutcome(outcome);
  const failed = outcomes.filter((o) => !o.row.passed).length;
  if (failed === 0) rmSync(dataDir, { recursive: true, force: true });
  else log(`kept ${dataDir} (logs under logs/) for the ${failed} failed scenario(s)`);
  log(`wrote ${options.outFile}`);
  return failed === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
