import { Duration } from 'aws-cdk-lib';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Stats,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  INGEST_METRIC,
  METRICS_NAMESPACE,
  METRICS_SERVICE,
} from '#lambdas/ingest/ingest-metrics.ts';
import type { ChangeEvents } from './change-events.ts';
import { ingestMetric, rejectionRatePercent } from './ingest-alarms.ts';

/** `-c dashboard=false` leaves the dashboard out (it costs $3 a month past an account's first three). */
export const DASHBOARD_CONTEXT_KEY = 'dashboard';

export const dashboardRequested = (scope: Construct): boolean => {
  const flag: unknown = scope.node.tryGetContext(DASHBOARD_CONTEXT_KEY);
  return !(flag === false || flag === 'false');
};

/** Five minutes: fine enough to see a burst, coarse enough to read a week. */
const PERIOD = Duration.minutes(5);
/** Graphs two per row (the dashboard is 24 units wide). */
const HALF = 12;
const HEIGHT = 6;

export interface IngestDashboardProps {
  readonly queue: IQueue;
  readonly deadLetters: IQueue;
  readonly fn: IFunction;
  /** The publish path: its function, its failure queue, its stream's iterator age. */
  readonly changeEvents: ChangeEvents;
  readonly alarms: readonly Alarm[];
}

/**
 * One page for an operator, top-down as the pipeline runs: the alarms, the queue (depth
 * and age) and its dead letters, the function (invocations, errors, throttles,
 * duration), then what the pipeline itself counts (records by kind, rejections by
 * reason, bytes, extraction time, upload-to-record lag), and last the change events'
 * publish function (invocations, errors, throttles; how far it lags the stream, and
 * the stream ranges it gave up on).
 */
export class IngestDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: IngestDashboardProps) {
    super(scope, id);
    const { queue, deadLetters, fn, changeEvents } = props;
    const graph = (title: string, left: IMetric[], right: IMetric[] = []) =>
      new GraphWidget({ title, left, right, width: HALF, height: HEIGHT });
    const count = (name: string) => ingestMetric(name, PERIOD);
    const timing = (name: string, statistic: string) =>
      ingestMetric(name, PERIOD).with({ statistic, label: `${name} ${statistic}` });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        [new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24 })],
        [
          graph(
            'Ingest queue: messages',
            [
              queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD }),
              queue.metricApproximateNumberOfMessagesNotVisible({ period: PERIOD }),
            ],
            [
              deadLetters.metricApproximateNumberOfMessagesVisible({
                period: PERIOD,
                label: 'Dead letters',
              }),
            ],
          ),
          graph('Ingest queue: age of the oldest message (s)', [
            queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: Stats.MAXIMUM }),
          ]),
        ],
        [
          graph(
            'Function: invocations, errors, throttles',
            [fn.metricInvocations({ period: PERIOD })],
            [fn.metricErrors({ period: PERIOD }), fn.metricThrottles({ period: PERIOD })],
          ),
          graph(
            'Function: duration (ms)',
            [Stats.p(50), Stats.p(99), Stats.MAXIMUM].map((statistic) =>
              fn.metricDuration({ period: PERIOD, statistic }),
            ),
          ),
        ],
        [
          graph(
            'Records written',
            [
              INGEST_METRIC.ingested,
              INGEST_METRIC.updates,
              INGEST_METRIC.duplicates,
              INGEST_METRIC.removals,
              INGEST_METRIC.rejected,
            ].map(count),
            [rejectionRatePercent(PERIOD)],
          ),
          graph('Rejected by reason', [rejectionsByReason()]),
        ],
        [
          graph(
            'Extraction time (ms) and bytes read',
            [Stats.p(50), Stats.p(99)].map((s) => timing(INGEST_METRIC.extractionMs, s)),
            [count(INGEST_METRIC.bytes)],
          ),
          graph(
            'Upload-to-record lag (ms)',
            [Stats.p(50), Stats.p(99), Stats.MAXIMUM].map((s) => timing(INGEST_METRIC.lagMs, s)),
          ),
        ],
        [
          graph(
            'Publish function: invocations, errors, throttles',
            [changeEvents.publish.metricInvocations({ period: PERIOD })],
            [
              changeEvents.publish.metricErrors({ period: PERIOD }),
              changeEvents.publish.metricThrottles({ period: PERIOD }),
            ],
          ),
          graph(
            'Publish: stream iterator age (ms) and failed ranges',
            [changeEvents.metricIteratorAge({ period: PERIOD, label: 'Iterator age max' })],
            [
              changeEvents.failures.metricApproximateNumberOfMessagesVisible({
                period: PERIOD,
                statistic: Stats.MAXIMUM,
                label: 'Failed stream ranges',
              }),
            ],
          ),
        ],
      ],
    });
  }
}

/** One line per rejection reason the function has published, whatever reasons appear later. */
const rejectionsByReason = (): MathExpression =>
  new MathExpression({
    expression: `SEARCH('{${METRICS_NAMESPACE},reason,service} MetricName="${INGEST_METRIC.rejected}" service="${METRICS_SERVICE}"', 'Sum', ${PERIOD.toSeconds()})`,
    label: '',
    period: PERIOD,
  });
