import { rssFeed, textArticle } from '../fixtures.ts';
import { FORGED_HUGE_SEQUENCER, forgedEvent } from '../forged-events.ts';
import {
  applyPlans,
  emptyDisruption,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
  waitForDrain,
} from '../scenario.ts';

const ARTICLES = 20;
const FEEDS = 2;
/** Keys overwritten for real after the forged removals: a poisoned key would refuse them. */
const OVERWRITTEN = 6;
const UPLOAD_CONCURRENCY = 8;
/** Twenty small files are processed in seconds; this is the bound, not the expectation. */
const INGEST_WAIT_MS = 120_000;

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  const plans = new Map<string, KeyWrite[]>();
  for (let i = 0; i < ARTICLES; i++) {
    const key = `${prefix}live-${i}.txt`;
    plans.set(key, [{ op: 'put', fixture: textArticle(`${key}#v1`) }]);
  }
  for (let i = 0; i < FEEDS; i++) {
    const key = `${prefix}feed-${i}.xml`;
    plans.set(key, [
      { op: 'put', fixture: rssFeed(`${key}#v1`, ['urn:faults:x', 'urn:faults:y']) },
    ]);
  }
  await applyPlans(ctx, plans, UPLOAD_CONCURRENCY);
  if (!(await waitForDrain(ctx, prefix, Date.now() + INGEST_WAIT_MS)))
    result.failures.push('the uploads were not processed before the forged removals were sent');
  const real = ctx.observer.realEvents(prefix);
  const forged = real.flatMap((event) => [
    forgedEvent(event.raw, { eventName: 'ObjectRemoved:Delete', sequencer: FORGED_HUGE_SEQUENCER }),
    forgedEvent(event.raw, {
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
      sequencer: FORGED_HUGE_SEQUENCER,
    }),
  ]);
  await ctx.harness.replay(forged.map((record) => ({ Records: [record] })));
  result.forged = forged.length;
  if (!(await waitForDrain(ctx, prefix, Date.now() + INGEST_WAIT_MS)))
    result.failures.push('the forged removals were not processed before the overwrites');
  const overwrites = new Map<string, KeyWrite[]>();
  for (const key of [...plans.keys()].slice(0, OVERWRITTEN))
    overwrites.set(key, [{ op: 'put', fixture: textArticle(`${key}#v2`) }]);
  await applyPlans(ctx, overwrites, UPLOAD_CONCURRENCY);
  result.notes.push(
    `${forged.length} forged removals of live objects, then ${OVERWRITTEN} real overwrites`,
  );
  return result;
};

export const forgedRemovalsScenario: Scenario = {
  name: 'forged-removals',
  description:
    'ObjectRemoved events with a huge sequencer for keys whose objects exist (articles and feeds); then real overwrites of some of them. The records stay and the overwrites land.',
  prefix: 'faults-forged/',
  settleMs: 120_000,
  disrupt: (ctx) => disrupt(ctx, forgedRemovalsScenario.prefix),
};
