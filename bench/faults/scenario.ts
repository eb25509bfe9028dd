import type { Fixture } from './fixtures.ts';
import type { QueueObserver } from './queue-observer.ts';
import type { StackData } from './stack-data.ts';
import type { StackHarness } from './stack-harness.ts';

/** What a scenario works with: the stack, its data, its queues, a seeded random source. */
export interface ScenarioContext {
  harness: StackHarness;
  data: StackData;
  observer: QueueObserver;
  random: () => number;
  log: (line: string) => void;
  /** Stops the stack cleanly and starts it again on the same data and ports. */
  restart(): Promise<void>;
}

/** What the disruptive part of a scenario did, beyond its uploads and deletes. */
export interface Disruption {
  /** Messages sent through `POST /replay` (copies of real events). */
  replayed: number;
  /** Events the suite made up (never counted as real S3 events). */
  forged: number;
  /** Why the system's handling of the fault fell short, whatever the table says. */
  failures: string[];
  notes: string[];
}

export interface Scenario {
  name: string;
  description: string;
  /** The keys it writes all start with this (scenarios share one stack). */
  prefix: string;
  /** How long, after `disrupt`, its messages may take to be processed. */
  settleMs: number;
  /** Uploads, replays, kills: the part no other scenario runs alongside. */
  disrupt(ctx: ScenarioContext, options: { keys: number }): Promise<Disruption>;
}

export const emptyDisruption = (): Disruption => ({
  replayed: 0,
  forged: 0,
  failures: [],
  notes: [],
});

/** Runs `work` over `items` with at most `limit` at once. */
export const forEachLimited = async <T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
};

/** A Fisher-Yates shuffle with the scenario's random source. */
export const shuffle = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

/** A seeded generator (mulberry32): the same seed gives the same run plan. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** One write of a key's plan. */
export type KeyWrite = { op: 'put'; fixture: Fixture } | { op: 'delete' };

/** Applies each key's writes in order (S3 order per key), keys in parallel. */
export const applyPlans = async (
  ctx: ScenarioContext,
  plans: ReadonlyMap<string, readonly KeyWrite[]>,
  concurrency: number,
): Promise<void> =>
  forEachLimited([...plans], concurrency, async ([key, writes]) => {
    for (const write of writes)
      if (write.op === 'put') await ctx.data.put(key, write.fixture);
      else await ctx.data.delete(key);
  });

const POLL_MS = 1_000;

/** Waits until no message of `prefix` is left in the ingest queue, or `deadline`. */
export const waitForDrain = async (
  ctx: ScenarioContext,
  prefix: string,
  deadline: number,
): Promise<boolean> => {
  while (Date.now() < deadline) {
    ctx.observer.poll();
    if (ctx.observer.liveCount(prefix) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
};
