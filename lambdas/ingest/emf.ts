/**
 * An invocation's metrics published through Powertools Metrics, which writes them in
 * CloudWatch's Embedded Metric Format: JSON lines on stdout whose `_aws` member tells
 * CloudWatch Logs which properties are metrics, so a log line becomes a metric with no
 * API call. Powertools writes through its own `Console` on stdout (Lambda's `console`
 * would prefix a time and request id, and a prefixed line is not EMF), and it splits a
 * metric past EMF's 100 values per line into several lines by itself.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  INGEST_METRIC,
  type InvocationReport,
  METRICS_NAMESPACE,
  METRICS_SERVICE,
} from './ingest-metrics.ts';

/** The dimension the per-reason rejection counts carry beside `service`. */
export const REASON_DIMENSION = 'reason';

/** The pipeline's metrics: namespace ArticleIngest, dimension `service=ingest` on every line. */
export const createIngestMetrics = (): Metrics =>
  new Metrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE });

/**
 * Publishes one report: the totals flushed as one line (more only when a duration list
 * passes EMF's bound), then one line per rejection reason under the `reason` dimension.
 */
export const publishReport = (metrics: Metrics, report: InvocationReport): void => {
  for (const { name, unit, values } of report.totals) {
    for (const value of values) metrics.addMetric(name, unit, value);
  }
  // Powertools flushes by itself when a list reaches the bound; an empty flush only warns.
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  for (const { reason, count } of report.rejectedByReason) {
    // A single metric is its own line, published on add: the reason is not a dimension of the totals.
    metrics
      .singleMetric()
      .addDimension(REASON_DIMENSION, reason)
      .addMetric(INGEST_METRIC.rejected, 'Count', count);
  }
};

/** The handler's `publishMetrics`, bound to one Metrics instance (one per cold start). */
export const metricsPublisher =
  (metrics: Metrics = createIngestMetrics()) =>
  (report: InvocationReport): void =>
    publishReport(metrics, report);
