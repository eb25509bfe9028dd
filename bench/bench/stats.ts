/** Small statistics for timings: nearest-rank percentiles and the median. */

/**
 * The nearest-rank percentile (`p` in 0..100) of `values`, or undefined for none:
 * always one of the measured values, which is what a p95 of a dozen timings should be.
 */
export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
};

/** The middle value; the mean of the two middle values for an even count. */
export const median = (values: readonly number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
