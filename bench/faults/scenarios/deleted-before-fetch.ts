import { rssFeed, textArticle } from '../fixtures.ts';
import {
  applyPlans,
  emptyDisruption,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
  waitForDrain,
} from '../scenario.ts';

const KEYS = 30;
/** One key in this many is uploaded again after its delete: that version must not be lost. */
const RECREATE_EVERY = 3;
const UPLOAD_CONCURRENCY = 8;
const DRAIN_WAIT_MS = 120_000;

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  const plans = new Map<string, KeyWrite[]>();
  for (let i = 0; i < KEYS; i++) {
    const key = `${prefix}gone-${i}.${i % 5 === 0 ? 'xml' : 'txt'}`;
    const first =
      i % 5 === 0
        ? rssFeed(`${key}#v1`, ['urn:faults:p', 'urn:faults:q'])
        : textArticle(`${key}#v1`);
    const writes: KeyWrite[] = [{ op: 'put', fixture: first }, { op: 'delete' }];
    if (i % RECREATE_EVERY === 0) writes.push({ op: 'put', fixture: textArticle(`${key}#v2`) });
    plans.set(key, writes);
  }
  // Put and delete back to back: most creates reach the function after their object is gone.
  await applyPlans(ctx, plans, UPLOAD_CONCURRENCY);
  if (!(await waitForDrain(ctx, prefix, Date.now() + DRAIN_WAIT_MS)))
    result.failures.push('the first round was not processed before the late creates were replayed');
  // Then every create again, late: none may bring a deleted article back.
  const creates = ctx.observer
    .realEvents(prefix)
    .filter((event) => event.eventName.startsWith('ObjectCreated:'))
    .map((event) => ({ Records: [event.raw] }));
  result.replayed = await ctx.harness.replay(creates);
  result.notes.push(
    `${KEYS} keys put then deleted at once, ${Math.ceil(KEYS / RECREATE_EVERY)} put again; ${creates.length} creates replayed late`,
  );
  return result;
};

export const deletedBeforeFetchScenario: Scenario = {
  name: 'deleted-before-fetch',
  description:
    'Objects deleted right after upload, so their create is processed when the object is gone; some uploaded again; every create replayed late. The later removal wins, the re-upload is not lost.',
  prefix: 'faults-gone/',
  settleMs: 120_000,
  disrupt: (ctx) => disrupt(ctx, deletedBeforeFetchScenario.prefix),
};
