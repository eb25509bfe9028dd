import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REJECTION_RATE_PERCENT,
  REJECTION_RATE_MIN_FILES,
  REJECTION_RATE_WINDOW,
} from '#infra/constructs/ingest-alarms.ts';
import { DEFAULT_THROUGHPUT } from '#infra/constructs/throughput-context.ts';
import { MAX_RECEIVE_COUNT, VISIBILITY_TIMEOUT_FACTOR } from '#infra/ingest-stack.ts';
import { INGEST_METRIC, METRICS_NAMESPACE } from '#lambdas/ingest/ingest-metrics.ts';
import { type SynthResult, synthError, synthIngestStack } from './synth-stack.ts';

const dashboardBodyOf = (synth: SynthResult): string => {
  const [dashboard] = Object.values(synth.template.findResources('AWS::CloudWatch::Dashboard'));
  if (dashboard === undefined) throw new Error('no dashboard in the template');
  const properties = dashboard.Properties as {
    DashboardBody: { 'Fn::Join': [string, unknown[]] };
  };
  // The body is a join of text and references: the text is what a reader needs here.
  return properties.DashboardBody['Fn::Join'][1]
    .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
    .join('');
};

describe('operator alarms and dashboard, by default', () => {
  let synth: SynthResult;
  beforeAll(() => {
    synth = synthIngestStack();
  });
  afterAll(() => synth.dispose());

  it('alarms when the oldest ingest message is older than its retries explain', () => {
    const retryWindowSeconds =
      DEFAULT_THROUGHPUT.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR * MAX_RECEIVE_COUNT;

    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Statistic: 'Maximum',
      Threshold: retryWindowSeconds,
      ComparisonOperator: 'GreaterThanThreshold',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': ['IngestQueue', 'QueueName'] } }],
    });
  });

  it('alarms on the rejection rate of the pipeline metrics over 15 minutes', () => {
    const window = REJECTION_RATE_WINDOW.toSeconds();

    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: DEFAULT_REJECTION_RATE_PERCENT,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      Metrics: Match.arrayWith([
        Match.objectLike({
          Expression: `IF(ingested + rejected >= ${REJECTION_RATE_MIN_FILES}, 100 * rejected / (ingested + rejected), 0)`,
        }),
        Match.objectLike({
          Id: 'rejected',
          MetricStat: {
            Metric: {
              Namespace: METRICS_NAMESPACE,
              MetricName: INGEST_METRIC.rejected,
              Dimensions: [{ Name: 'service', Value: 'ingest' }],
            },
            Period: window,
            Stat: 'Sum',
          },
        }),
      ]),
    });
  });

  it('draws the queue, the function and every pipeline metric on one dashboard', () => {
    const body = dashboardBodyOf(synth);

    for (const metric of [
      'ApproximateAgeOfOldestMessage',
      'ApproximateNumberOfMessagesVisible',
      'Invocations',
      'Errors',
      'Throttles',
      'Duration',
      ...Object.values(INGEST_METRIC),
    ]) {
      expect(body).toContain(`"${metric}"`);
    }
    expect(body).toContain('Rejected by reason');
    expect(body).toContain('alarm');
  });
});

describe('operator context keys', () => {
  it('takes the alarm thresholds from context', () => {
    const synth = synthIngestStack({
      context: { messageAgeAlarmSeconds: '600', rejectionRateAlarmPercent: '5' },
    });
    const thresholds = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) => (alarm.Properties as { Threshold: number }).Threshold,
    );
    synth.dispose();

    expect(thresholds).toEqual(expect.arrayContaining([600, 5]));
  });

  it('leaves the dashboard out with -c dashboard=false, and keeps the alarms', () => {
    const synth = synthIngestStack({ context: { dashboard: 'false' } });

    synth.template.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
    synth.template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    synth.dispose();
  });

  it('refuses a rejection rate that is not a percentage, in one sentence', () => {
    expect(synthError({ rejectionRateAlarmPercent: '150' })).toBe(
      "Context: rejectionRateAlarmPercent must be a whole number from 1 to 100, not '150'.",
    );
  });
});
