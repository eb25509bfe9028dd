import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_AGE_ALARM_SECONDS } from '#infra/constructs/change-events.ts';
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

  const anyAbove = { Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' };

  it('alarms when the publish function gives a stream range up to its failure queue', () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...anyAbove,
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': ['PublishFailureQueue', 'QueueName'] } },
      ],
    });
  });

  it('alarms on any publish function error', () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...anyAbove,
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'PublishFunction' } }],
    });
  });

  it('alarms when publishing lags the stream by more than the default age (in ms)', () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Statistic: 'Maximum',
      Threshold: DEFAULT_STREAM_AGE_ALARM_SECONDS * 1000,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'PublishFunction' } }],
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

  it("draws the publish function's rows, and shows its alarms with the others", () => {
    const body = dashboardBodyOf(synth);
    const alarmIds = Object.keys(synth.template.findResources('AWS::CloudWatch::Alarm'));

    expect(body).toContain('"IteratorAge"');
    expect(body).toContain('Publish function: invocations, errors, throttles');
    expect(body).toContain('"PublishFunction"');
    expect(body).toContain('PublishFailureQueue');
    // Every alarm's ARN is in the alarm-status widget, the publish path's three included.
    expect(alarmIds).toHaveLength(8);
    for (const id of alarmIds) expect(body).toContain(`"${id}"`);
  });
});

describe('operator context keys', () => {
  it('takes the alarm thresholds from context', () => {
    const synth = synthIngestStack({
      context: {
        messageAgeAlarmSeconds: '600',
        rejectionRateAlarmPercent: '5',
        streamAgeAlarmSeconds: '300',
      },
    });
    const thresholds = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) => (alarm.Properties as { Threshold: number }).Threshold,
    );
    synth.dispose();

    expect(thresholds).toEqual(expect.arrayContaining([600, 5, 300_000]));
  });

  it('leaves the dashboard out with -c dashboard=false, and keeps the alarms', () => {
    const synth = synthIngestStack({ context: { dashboard: 'false' } });

    synth.template.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
    synth.template.resourceCountIs('AWS::CloudWatch::Alarm', 8);
    synth.dispose();
  });

  it('refuses a rejection rate that is not a percentage, in one sentence', () => {
    expect(synthError({ rejectionRateAlarmPercent: '150' })).toBe(
      "Context: rejectionRateAlarmPercent must be a whole number from 1 to 100, not '150'.",
    );
  });

  it('refuses a stream age the stream would never let records reach', () => {
    expect(synthError({ streamAgeAlarmSeconds: '21600' })).toBe(
      "Context: streamAgeAlarmSeconds must be a whole number from 60 to 21540, not '21600'.",
    );
  });
});
