import type { RejectReason } from '#shared/domain/record.ts';
import type { IngestOutcome } from '#shared/pipeline/ingest-object.ts';

/** The CloudWatch namespace of the pipeline's own metrics; the alarms and dashboard read it. */
export const METRICS_NAMESPACE = 'ArticleIngest';
/** The one dimension every metric carries, so a second function can share the namespace. */
export const METRICS_SERVICE = 'ingest';

/** Metric names, shared with infra/constructs (alarms, dashboard). */
export const INGEST_METRIC = {
  ingested: 'Ingested',
  rejected: 'Rejected',
  duplicates: 'Duplicates',
  updates: 'Updates',
  removals: 'Removals',
  bytes: 'Bytes',
  extractionMs: 'ExtractionMs',
  lagMs: 'UploadToRecordLagMs',
} as const;

/** The counts one object change adds; each counts records actually written. */
export interface ObjectCounts {
  ingested: number;
  rejected: number;
  duplicates: number;
  updates: number;
  removals: number;
  bytes: number;
}

const ZERO: ObjectCounts = {
  ingested: 0,
  rejected: 0,
  duplicates: 0,
  updates: 0,
  removals: 0,
  bytes: 0,
};

/**
 * What one outcome adds to the counts. A stale or skipped change wrote no record of its
 * own, so a redelivered event is never counted twice; the items and tombstones of a file
 * of several articles count whenever they were written (a retry may finish them).
 */
export const countsOf = (outcome: IngestOutcome): ObjectCounts => {
  const written = outcome.outcome === 'written';
  const status = written ? outcome.status : undefined;
  return {
    ingested: (status === 'ingested' ? 1 : 0) + (outcome.items?.written ?? 0),
    rejected: status === 'rejected' ? 1 : 0,
    duplicates: status === 'ingested' && outcome.copy !== undefined ? 1 : 0,
    updates: written && outcome.replaced ? 1 : 0,
    removals: (status === 'removed' ? 1 : 0) + (outcome.items?.retired ?? 0),
    bytes: outcome.bytes ?? 0,
  };
};

/** The reason a written rejection carries, for the per-reason count. */
const rejectionOf = (outcome: IngestOutcome): RejectReason | undefined =>
  outcome.outcome === 'written' && outcome.status === 'rejected' ? outcome.reason : undefined;

/**
 * One invocation's metrics, gathered object by object and published as a f/** The units the pipeline's metrics use (names as CloudWatch and Powertools spell them). */
export type MetricUnitName = 'Count' | 'Bytes' | 'Milliseconds';

/** One metric of the report: one datum, or one per object for durations. */
export interface MetricValues {
  name: string;
  unit: MetricUnitName;
  values: readonly number[];
}

/** What an invocation publishes: totals under `service`, and rejections per `reason`. */
export interface InvocationReport {
  totals: readonly MetricValues[];
  rejectedByReason: readonly { reason: RejectReason; count: number }[];
}

/**
 * One invocation's metrics, gathered object by object and reported once at its end:
 * the totals (durations as value lists) and the rejections per reason. Pure: how the
 * report reaches CloudWatch is lambdas/ingest/emf.ts's job.
 */
export class InvocationMetrics {
  private totals: ObjectCounts = { ...ZERO };
  private readonly rejectedBy = new Map<RejectReason, number>();
  private readonly extractionMs: number[] = [];
  private readonly lagMs: number[] = [];
  private objects = 0;

  /** `lagMs`: from the S3 event's time to the record's write, when a record was written. */
  add(outcome: IngestOutcome, lagMs?: number): void {
    this.objects += 1;
    const counts = countsOf(outcome);
    for (const name of Object.keys(counts) as (keyof ObjectCounts)[]) {
      this.totals[name] += counts[name];
    }
    const reason = rejectionOf(outcome);
    if (reason !== undefined) this.rejectedBy.set(reason, (this.rejectedBy.get(reason) ?? 0) + 1);
    if (outcome.extractionMs !== undefined) this.extractionMs.push(outcome.extractionMs);
    if (lagMs !== undefined && outcome.outcome === 'written') this.lagMs.push(Math.max(0, lagMs));
  }

  /** Everything added; none for an invocation that processed no object (it publishes nothing). */
  report(): InvocationReport | undefined {
    if (this.objects === 0) return undefined;
    const count = (name: string, value: number): MetricValues => ({
      name,
      unit: 'Count',
      values: [value],
    });
    const t = this.totals;
    const totals: MetricValues[] = [
      count(INGEST_METRIC.ingested, t.ingested),
      count(INGEST_METRIC.rejected, t.rejected),
      count(INGEST_METRIC.duplicates, t.duplicates),
      count(INGEST_METRIC.updates, t.updates),
      count(INGEST_METRIC.removals, t.removals),
      { name: INGEST_METRIC.bytes, unit: 'Bytes', values: [t.bytes] },
      { name: INGEST_METRIC.extractionMs, unit: 'Milliseconds', values: [...this.extractionMs] },
      { name: INGEST_METRIC.lagMs, unit: 'Milliseconds', values: [...this.lagMs] },
    ];
    const rejectedByReason = [...this.rejectedBy].map(([reason, n]) => ({ reason, count: n }));
    return { totals, rejectedByReason };
  }
}
