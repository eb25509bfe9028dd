import type { ArticleRecord } from '#shared/domain/record.ts';

/** `stats` shows a week of days, today included. */
export const STATS_DAYS = 7;
const DAY_MS = 86_400_000;
/** What a count shows for a record that does not say (no language detected, say). */
const UNKNOWN = '-';

export type Counts = Record<string, number>;

export interface RecordStats {
  records: number;
  byStatus: Counts;
  /** Ingested records only: the others have no format or language. */
  byFormat: Counts;
  byLanguage: Counts;
  /** Rejected records only. */
  byReason: Counts;
  /** Records built each UTC day (`ingestedAt`), oldest first, ending today. */
  perDay: { date: string; records: number }[];
}

const bump = (counts: Counts, name: string | undefined) => {
  const key = name ?? UNKNOWN;
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The last `STATS_DAYS` UTC dates, oldest first, ending on `now`'s. */
const lastDays = (now: Date): string[] =>
  Array.from({ length: STATS_DAYS }, (_, index) =>
    new Date(now.getTime() - (STATS_DAYS - 1 - index) * DAY_MS).toISOString().slice(0, 10),
  );

/** Counts records by status, format, language and rejection reason, and per day. */
export const tallyRecords = (records: Iterable<ArticleRecord>, now: Date): RecordStats => {
  const stats: RecordStats = {
    records: 0,
    byStatus: {},
    byFormat: {},
    byLanguage: {},
    byReason: {},
    perDay: [],
  };
  const days = lastDays(now);
  const perDay: Counts = Object.fromEntries(days.map((day) => [day, 0]));
  for (const record of records) {
    stats.records += 1;
    bump(stats.byStatus, record.status);
    if (record.status === 'ingested') {
      bump(stats.byFormat, record.format);
      bump(stats.byLanguage, record.language);
    }
    if (record.status === 'rejected') bump(stats.byReason, record.reason);
    const day = record.ingestedAt.slice(0, 10);
    if (day in perDay) bump(perDay, day);
  }
  stats.perDay = days.map((date) => ({ date, records: perDay[date] ?? 0 }));
  return stats;
};

/** One line per name, largest count first: `  html  12`. */
export const countLines = (counts: Counts): string[] => {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const width = Math.max(0, ...entries.map(([name]) => name.length)) + 2;
  return entries.map(([name, count]) => `  ${name.padEnd(width)}${count}`);
};
