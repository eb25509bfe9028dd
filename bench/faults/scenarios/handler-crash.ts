import { longArticle, textArticle } from '../fixtures.ts';
import { isFunctionWorker, killPid, sleep } from '../processes.ts';
import { RETRY_SETTLE_MS } from '../retry-wait.ts';
import {
  applyPlans,
  emptyDisruption,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
} from '../scenario.ts';

const ARTICLES = 30;
/** Long articles keep a batch in flight for a second or more: the moment to kill. */
const LONG_ARTICLES = 3;
const UPLOAD_CONCURRENCY = 8;
/** The first batch starts within the batching window (1 s); allow a slow machine. */
const IN_FLIGHT_WAIT_MS = 30_000;
const HEALTH_POLL_MS = 50;
/**
 * The poller holds received messages for up to the batching window (1 s) while a batch
 * fills: wait past it, or the next scenario's uploads would join this batch.
 */
const BATCH_WINDOW_SLACK_MS = 2_500;

/** Waits until an invocation runs; then SIGKILLs every function worker the stack has. */
const killWorkersMidBatch = async (ctx: ScenarioContext): Promise<number[]> => {
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  while (Date.now() < deadline) {
    const health = await ctx.harness.health().catch(() => undefined);
    const workers = ctx.harness.children().filter(isFunctionWorker);
    if ((health?.inFlight ?? 0) > 0 && workers.length > 0)
      return workers.filter((worker) => killPid(worker.pid)).map((worker) => worker.pid);
    await sleep(HEALTH_POLL_MS);
  }
  return [];
};

/**
 * Waits until every message of `prefix` has been received once: the next scenario's
 * uploads then start batches of their own, so its faults and these stay apart.
 */
const waitUntilAllReceived = async (ctx: ScenarioContext, prefix: string): Promise<boolean> => {
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  while (Date.now() < deadline) {
    ctx.observer.poll();
    if (ctx.observer.visibleCount(prefix, Date.now()) === 0) {
      await sleep(BATCH_WINDOW_SLACK_MS);
      return true;
    }
    await sleep(HEALTH_POLL_MS);
  }
  return false;
};

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  const plans = new Map<string, KeyWrite[]>();
  for (let i = 0; i < LONG_ARTICLES; i++) {
    const key = `${prefix}long-${i}.txt`;
    plans.set(key, [{ op: 'put', fixture: longArticle(key) }]);
  }
  for (let i = 0; i < ARTICLES; i++) {
    const key = `${prefix}story-${i}.txt`;
    plans.set(key, [{ op: 'put', fixture: textArticle(key) }]);
  }
  const uploads = applyPlans(ctx, plans, UPLOAD_CONCURRENCY);
  const killed = await killWorkersMidBatch(ctx);
  await uploads;
  if (killed.length === 0) result.failures.push('no function worker was caught mid-batch to kill');
  else result.notes.push(`killed function worker(s) ${killed.join(', ')} mid-batch`);
  if (!(await waitUntilAllReceived(ctx, prefix)))
    result.notes.push('some of its messages were still unreceived when the next scenario began');
  return result;
};

export const handlerCrashScenario: Scenario = {
  name: 'handler-crash',
  description:
    'The function process is SIGKILLed mid-batch (a worker found as a child of the stack): the whole batch fails and returns after the visibility timeout; every file still ends right.',
  prefix: 'faults-crash/',
  // The killed batch comes back after the queue's visibility timeout (180 s).
  settleMs: RETRY_SETTLE_MS,
  disrupt: (ctx) => disrupt(ctx, handlerCrashScenario.prefix),
};
