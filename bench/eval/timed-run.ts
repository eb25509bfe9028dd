import { performance } from 'node:perf_hooks';

/** One input of a set: an id for the report and the bytes the extractor reads. */
export interface Sample {
  id: string;
  bytes: Uint8Array;
}

/** What one extraction gave: its result, or the message of what it threw. */
export interface Outcome<R> {
  id: string;
  result?: R;
  error?: string;
  ms: number;
}

export interface TimedRun<R> {
  outcomes: Outcome<R>[];
  seconds: number;
  totalBytes: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
}

/** Throughput is reported in MB of input (10^6 bytes), as the baselines are. */
const BYTES_PER_MB = 1_000_000;

const errorMessage = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** A millisecond clock; `performance.now` unless a test passes its own. */
export type Clock = () => number;

const extractOne = <S extends Sample, R>(
  sample: S,
  extract: (s: S) => R,
  clock: Clock,
): Outcome<R> => {
  const start = clock();
  try {
    const result = extract(sample);
    return { id: sample.id, result, ms: clock() - start };
  } catch (error) {
    return { id: sample.id, error: errorMessage(error), ms: clock() - start };
  }
};

/**
 * A small set (the seed is one 2.7 KB file) is timed over repeated passes until this
 * much extraction time has accumulated, so timer resolution does not dominate.
 */
export const MIN_TIMED_SECONDS = 0.25;
/** A cap on repeated passes, in case an extractor is too fast for the timer to see. */
const MAX_PASSES = 10_000;

const secondsOf = (outcomes: readonly Outcome<unknown>[]): number =>
  outcomes.reduce((sum, o) => sum + o.ms, 0) / 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface TimingOptions {
  /** Keep measuring passes until this much extraction time has accumulated. */
  minSeconds?: number;
  /** Measure at least this many passes; the median pass is reported. */
  minPasses?: number;
  clock?: Clock;
}

/**
 * Runs `extract` over every sample: one warm-up pass (JIT, lazy module state) that is
 * thrown away, then measured passes until both `minPasses` and `minSeconds` are met;
 * the median pass time is reported, which resists other work on a shared machine. Only
 * the extraction calls are timed; a sample that throws becomes an outcome with `error`
 * and the run goes on. The outcomes returned are those of the last pass.
 */
export const runTimed = <S extends Sample, R>(
  samples: readonly S[],
  extract: (sample: S) => R,
  {
    minSeconds = MIN_TIMED_SECONDS,
    minPasses = 1,
    clock = () => performance.now(),
  }: TimingOptions = {},
): TimedRun<R> => {
  for (const sample of samples) extractOne(sample, extract, clock);
  let outcomes: Outcome<R>[] = [];
  const passSeconds: number[] = [];
  let total = 0;
  do {
    outcomes = samples.map((sample) => extractOne(sample, extract, clock));
    passSeconds.push(secondsOf(outcomes));
    total += passSeconds.at(-1) ?? 0;
  } while (
    (total < minSeconds || passSeconds.length < minPasses) &&
    passSeconds.length < MAX_PASSES &&
    samples.length > 0
  );
  const totalBytes = samples.reduce((sum, s) => sum + s.bytes.byteLength, 0);
  const perPass = median(passSeconds);
  return {
    outcomes,
    seconds: perPass,
    totalBytes,
    articlesPerSecond: perPass > 0 ? samples.length / perPass : Number.POSITIVE_INFINITY,
    megabytesPerSecond:
      perPass > 0 ? totalBytes / BYTES_PER_MB / perPass : Number.POSITIVE_INFINITY,
  };
};
