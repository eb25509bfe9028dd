import { performance } from 'node:perf_hooks';
import { runTimed, type Sample } from '../eval/timed-run.ts';
import { median, percentile } from './stats.ts';

/** One extractor on one set of inputs. */
export interface ThroughputRow {
  extractor: string;
  set: string;
  articles: number;
  bytes: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  /** Inputs on which the extractor threw. */
  failed: number;
}

/**
 * Each article's typical time: the median of its calls after the first (the warm-up).
 * A single pass of a small set is at the mercy of one GC pause or a busy neighbour.
 */
export const perArticleMs = (callsMs: ReadonlyMap<string, readonly number[]>): number[] =>
  [...callsMs.values()].map((calls) => median(calls.length > 1 ? calls.slice(1) : calls) ?? 0);

/**
 * Times `extract` over `samples` with the eval's timer (a warm-up pass, then the median
 * of at least `passes` passes); p50/p95 are over articles, each at its median call.
 */
export const measureThroughput = <S extends Sample>(
  extractor: string,
  set: string,
  samples: readonly S[],
  extract: (sample: S) => unknown,
  passes: number,
): ThroughputRow => {
  const callsMs = new Map<string, number[]>();
  const timedExtract = (sample: S) => {
    const start = performance.now();
    try {
      return extract(sample);
    } finally {
      const calls = callsMs.get(sample.id) ?? [];
      calls.push(performance.now() - start);
      callsMs.set(sample.id, calls);
    }
  };
  const run = runTimed(samples, timedExtract, { minPasses: passes });
  const ms = perArticleMs(callsMs);
  return {
    extractor,
    set,
    articles: samples.length,
    bytes: run.totalBytes,
    articlesPerSecond: run.articlesPerSecond,
    megabytesPerSecond: run.megabytesPerSecond,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    failed: run.outcomes.filter((o) => o.error !== undefined).length,
  };
};
