import type { ArticleRecord } from '#shared/domain/record.ts';

/** One minute of the chart: records built in it, and the median lag behind their events. */
export interface MinuteStat {
  /** The minute's start, ISO 8601. */
  minute: string;
  records: number;
  /** Median of event -> record in ms, when any record of the minute has a readable event time. */
  lagMs?: number;
}

const MINUTE_MS = 60_000;
/** The chart's width: the last hour, a bar per minute. */
export const CHART_MINUTES = 60;
/** A lag past this is no local event time (a replayed event with a made-up sequencer). */
const MAX_PLAUSIBLE_LAG_MS = 24 * 60 * MINUTE_MS;
const SEQUENCER_HEX = /^[0-9A-F]{1,18}$/i;

/**
 * When the event behind a record happened, as far as the local stack tells it: its
 * bridge issues sequencers from a microsecond clock (local/s3-events/sequencer.ts), and
 * the outcome journal keeps no times. A sequencer from elsewhere reads as nonsense and
 * is dropped by the plausibility check of `lagOf`.
 */
export const eventTimeOf = (sequencer: string): number | undefined =>
  SEQUENCER_HEX.test(sequencer) ? Number(BigInt(`0x${sequencer}`) / 1000n) : undefined;

const lagOf = (record: ArticleRecord): number | undefined => {
  const eventTime = eventTimeOf(record.source.sequencer);
  if (eventTime === undefined) return undefined;
  const lag = Date.parse(record.ingestedAt) - eventTime;
  return lag >= 0 && lag <= MAX_PLAUSIBLE_LAG_MS ? lag : undefined;
};

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : Math.round(((sorted[middle - 1] as number) + upper) / 2);
};

/** Records per minute and their median lag over the `CHART_MINUTES` before `now`, oldest first. */
export const minuteStats = (records: readonly ArticleRecord[], now: number): MinuteStat[] => {
  const last = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const first = last - (CHART_MINUTES - 1) * MINUTE_MS;
  const counts = new Array<number>(CHART_MINUTES).fill(0);
  const lags: number[][] = Array.from({ length: CHART_MINUTES }, () => []);
  for (const record of records) {
    const at = Date.parse(record.ingestedAt);
    const index = Math.floor((at - first) / MINUTE_MS);
    if (!(index >= 0 && index < CHART_MINUTES)) continue;
    counts[index] = (counts[index] ?? 0) + 1;
    const lag = lagOf(record);
    if (lag !== undefined) lags[index]?.push(lag);
  }
  return counts.map((count, index) => {
    const lagMs = median(lags[index] ?? []);
    return {
      minute: new Date(first + index * MINUTE_MS).toISOString(),
      records: count,
      ...(lagMs === undefined ? {} : { lagMs }),
    };
  });
};
