import { binaryJunk, type Fixture, rssFeed, textArticle } from '../fixtures.ts';
import { forgedEvent } from '../forged-events.ts';
import { RETRY_SETTLE_MS } from '../retry-wait.ts';
import {
  applyPlans,
  emptyDisruption,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
  shuffle,
} from '../scenario.ts';

/** Replays go out in requests of this many events, in random order across keys. */
const REPLAY_CHUNK = 50;
/** Uploads in flight at once: a busy client, within what s3rver answers quickly. */
const UPLOAD_CONCURRENCY = 8;
/** Older than any sequencer the stack issues (microseconds since 1970 are far larger). */
const FORGED_OLD_SEQUENCER = '000000000000000001';
/** One key in this many also gets forged old events. */
const FORGED_EVERY = 5;

const fixtureFor = (key: string, version: number, random: () => number): Fixture => {
  const roll = random();
  const tag = `${key}#v${version}`;
  if (roll < 0.1) return binaryJunk(tag);
  if (roll < 0.3) {
    const items = ['a', 'b', 'c', 'd'].filter(() => random() < 0.7);
    return rssFeed(
      tag,
      (items.length > 0 ? items : ['a']).map((item) => `urn:faults:${item}`),
    );
  }
  return textArticle(tag);
};

/** 1-4 writes per key: a create, maybe an overwrite, maybe a delete, maybe a re-create. */
const planFor = (key: string, random: () => number): KeyWrite[] => {
  const writes: KeyWrite[] = [{ op: 'put', fixture: fixtureFor(key, 1, random) }];
  if (random() < 0.5) writes.push({ op: 'put', fixture: fixtureFor(key, 2, random) });
  if (random() < 0.35) {
    writes.push({ op: 'delete' });
    if (random() < 0.4) writes.push({ op: 'put', fixture: fixtureFor(key, 3, random) });
  }
  return writes;
};

const disrupt = async (ctx: ScenarioContext, keys: number, prefix: string) => {
  const result = emptyDisruption();
  const plans = new Map<string, KeyWrite[]>();
  for (let i = 0; i < keys; i++) {
    const key = `${prefix}story-${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'xml' : 'txt'}`;
    plans.set(key, planFor(key, ctx.random));
  }
  await applyPlans(ctx, plans, UPLOAD_CONCURRENCY);
  ctx.observer.poll();
  const real = ctx.observer.realEvents(prefix);
  const copies = real.flatMap((event) =>
    Array.from({ length: 2 + Math.floor(ctx.random() * 2) }, () => event.raw),
  );
  const forged = real
    .filter((_, i) => i % FORGED_EVERY === 0)
    .flatMap((event) => [
      forgedEvent(event.raw, { eventName: 'ObjectCreated:Put', sequencer: FORGED_OLD_SEQUENCER }),
      forgedEvent(event.raw, {
        eventName: 'ObjectRemoved:Delete',
        sequencer: FORGED_OLD_SEQUENCER,
      }),
    ]);
  const all = shuffle([...copies, ...forged], ctx.random);
  for (let i = 0; i < all.length; i += REPLAY_CHUNK)
    await ctx.harness.replay(
      all.slice(i, i + REPLAY_CHUNK).map((record) => ({ Records: [record] })),
    );
  result.replayed = copies.length;
  result.forged = forged.length;
  result.notes.push(
    `${real.length} real events, each replayed 2-3 times; ${forged.length} forged old events`,
  );
  return result;
};

export const duplicatesScenario: Scenario = {
  name: 'duplicated-shuffled',
  description:
    'Creates, overwrites and deletes over many keys (articles, junk, feeds); every real S3 event replayed 2-3 times in random order, plus forged events older than any real one.',
  prefix: 'faults-dup/',
  settleMs: RETRY_SETTLE_MS,
  disrupt: (ctx, options) => disrupt(ctx, options.keys, duplicatesScenario.prefix),
};
