import { textArticle } from '../fixtures.ts';
import { isDynamoJvm, killPid, sleep } from '../processes.ts';
import { RETRY_SETTLE_MS } from '../retry-wait.ts';
import {
  applyPlans,
  emptyDisruption,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
} from '../scenario.ts';

const ARTICLES = 40;
/** Uploads before the kill: some processed, some in flight, the rest after. */
const BEFORE_KILL = 15;
const UPLOAD_CONCURRENCY = 4;
/** How long the stack gets to bring DynamoDB Local back (the JVM answers in 2-5 s). */
const RECOVERY_WAIT_MS = 45_000;
const POLL_MS = 500;

const plansFor = (prefix: string, from: number, to: number) => {
  const plans = new Map<string, KeyWrite[]>();
  for (let i = from; i < to; i++) {
    const key = `${prefix}story-${i}.txt`;
    plans.set(key, [{ op: 'put', fixture: textArticle(key) }]);
  }
  return plans;
};

/** Polls until DynamoDB answers again; notes whether /health said so meanwhile. */
const waitForRecovery = async (ctx: ScenarioContext) => {
  const deadline = Date.now() + RECOVERY_WAIT_MS;
  let reportedUnhealthy = false;
  while (Date.now() < deadline) {
    const health = await ctx.harness.health().catch(() => undefined);
    if (health && health.status !== 'ok') reportedUnhealthy = true;
    if (await ctx.harness.dynamoAnswers()) return { recovered: true, reportedUnhealthy };
    await sleep(POLL_MS);
  }
  return { recovered: false, reportedUnhealthy };
};

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  await applyPlans(ctx, plansFor(prefix, 0, BEFORE_KILL), UPLOAD_CONCURRENCY);
  const jvm = ctx.harness.children().find(isDynamoJvm);
  if (!jvm || !killPid(jvm.pid)) {
    result.failures.push('no DynamoDB Local JVM found among the stack’s children to kill');
    return result;
  }
  result.notes.push(
    `SIGKILLed the DynamoDB Local JVM (pid ${jvm.pid}) after ${BEFORE_KILL} uploads`,
  );
  await applyPlans(ctx, plansFor(prefix, BEFORE_KILL, ARTICLES), UPLOAD_CONCURRENCY);
  const { recovered, reportedUnhealthy } = await waitForRecovery(ctx);
  if (!reportedUnhealthy) result.notes.push('/health never reported the outage');
  if (!recovered) {
    result.failures.push(
      `the stack did not bring DynamoDB Local back within ${RECOVERY_WAIT_MS / 1000} s; the suite restarted the stack`,
    );
    await ctx.restart();
  }
  return result;
};

export const dynamodbRestartScenario: Scenario = {
  name: 'dynamodb-restart',
  description:
    'DynamoDB Local’s JVM is SIGKILLed during a burst of uploads; the stack must bring it back by itself; if it does not, the suite restarts the stack and the scenario fails; every upload still ends as a record.',
  prefix: 'faults-dynamo/',
  // Messages that failed while the table was gone return after the visibility timeout.
  settleMs: RETRY_SETTLE_MS,
  disrupt: (ctx) => disrupt(ctx, dynamodbRestartScenario.prefix),
};
