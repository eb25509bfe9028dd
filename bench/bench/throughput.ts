import { runTimed, type Sample } from '../eval/timed-run.ts';
import { percentile } from './stats.ts';

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
 * Times `extract` over `samples` with the eval's timer (a warm-up pass, then the median
 * of at least `passes` passes); p50/p95 are per article, over the last measured pass.
 */
export const measureThroughput = <S extends Sample>(
  extractor: string,
  set: string,
  samples: readonly S[],
  extract: (sample: S) => unknown,
  passes: number,
): ThroughputRow => {
  const run = runTimed(samples, extract, { minPasses: passes });
  const ms = run.outcomes.map((o) => o.ms);
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
