import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  INGEST_METRIC,
  METRICS_NAMESPACE,
  METRICS_SERVICE,
} from '#lambdas/ingest/ingest-metrics.ts';
import { wholeNumberFromContext } from './throughput-context.ts';

/** `cdk deploy -c alarmEmail=ops@example.com`: who is told when an alarm fires. */
export const ALARM_EMAIL_CONTEXT_KEY = 'alarmEmail';
/** `-c messageAgeAlarmSeconds=900`: the oldest queued message's age that alarms. */
export const MESSAGE_AGE_CONTEXT_KEY = 'messageAgeAlarmSeconds';
/** `-c rejectionRateAlarmPercent=10`: the share of files rejected over 15 minutes that alarms. */
export const REJECTION_RATE_CONTEXT_KEY = 'rejectionRateAlarmPercent';

/**
 * A feed of articles rejects few files (an empty upload, a stray image); a fifth is a
 * broken producer or a format the pipeline does not read.
 */
export const DEFAULT_REJECTION_RATE_PERCENT = 20;
/** The rate is read over this window: long enough to hold a burst of uploads. */
export const REJECTION_RATE_WINDOW = Duration.minutes(15);
/** Below this many files in the window the rate says nothing (one bad file of two is 50%). */
export const REJECTION_RATE_MIN_FILES = 20;
/** SQS keeps a message at most 14 days; an age threshold beyond it could never fire. */
const MAX_MESSAGE_AGE_SECONDS = 1_209_600;

/** One minute: the finest period the SQS and Lambda metrics are published at. */
export const ALARM_PERIOD = Duration.minutes(1);
/** A rough shape check; SNS sends a confirmation mail that proves the address. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface IngestAlarmsProps {
  readonly queue: IQueue;
  readonly deadLetters: IQueue;
  readonly fn: IFunction;
  /**
   * How long a message may take through all its receives before the DLQ (visibility
   * timeout x max receives): an older message is not explained by retries, the queue
   * is backing up. The default of the message-age alarm.
   */
  readonly retryWindow: Duration;
  /** What happens to the topic's key when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * What an operator must hear about: a message in the dead-letter queue (it needs a look
 * and a `redrive`), a function error (an invocation that crashed or timed out), a
 * throttle (the concurrency cap or the account limit is holding messages back), a queued
 * message older than its retries explain (the queue is backing up), and a rejection rate
 * over its threshold (a producer sends what the pipeline cannot read). With
 * `-c alarmEmail=...`, each alarm mails through an encrypted SNS topic.
 */
export class IngestAlarms extends Construct {
  readonly alarms: Alarm[];
  /** The topic the alarms mail through; only with `-c alarmEmail=...`. */
  readonly topic: ITopic | undefined;

  constructor(scope: Construct, id: string, props: IngestAlarmsProps) {
    super(scope, id);
    const { queue, deadLetters, fn } = props;
    this.alarms = [
      alarmOnAnyDatum(
        this,
        'DeadLetterQueueAlarm',
        deadLetters.metricApproximateNumberOfMessagesVisible({
          period: ALARM_PERIOD,
          statistic: 'Maximum',
        }),
        'Messages are waiting in the dead-letter queue: see `article-ingest failures`, then `redrive`.',
      ),
      alarmOnAnyDatum(
        this,
        'FunctionErrorsAlarm',
        fn.metricErrors({ period: ALARM_PERIOD }),
        'The ingest function failed invocations (a crash or a timeout).',
      ),
      alarmOnAnyDatum(
        this,
        'FunctionThrottlesAlarm',
        fn.metricThrottles({ period: ALARM_PERIOD }),
        'Ingest invocations were throttled.',
      ),
      this.oldestMessageAlarm(queue, props.retryWindow),
      this.rejectionRateAlarm(),
    ];
    const email: unknown = this.node.tryGetContext(ALARM_EMAIL_CONTEXT_KEY);
    this.topic =
      email === undefined ? undefined : this.alarmTopic(String(email), props.removalPolicy);
    this.notifyOf(this.alarms);
  }

  /**
   * Sends `alarms` and their recoveries to the topic, when there is one: these alarms,
   * and those of other parts of the stack (the change-events publish path).
   */
  notifyOf(alarms: readonly Alarm[]): void {
    if (this.topic === undefined) return;
    const action = new SnsAction(this.topic);
    for (const alarm of alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }

  /** The oldest message in IngestQueue has waited longer than its retries explain. */
  private oldestMessageAlarm(queue: IQueue, retryWindow: Duration): Alarm {
    const seconds = wholeNumberFromContext(this, MESSAGE_AGE_CONTEXT_KEY, retryWindow.toSeconds(), {
      min: 60,
      max: MAX_MESSAGE_AGE_SECONDS,
    });
    return new Alarm(this, 'OldestMessageAgeAlarm', {
      metric: queue.metricApproximateAgeOfOldestMessage({
        period: ALARM_PERIOD,
        statistic: 'Maximum',
      }),
      threshold: seconds,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `A message has waited in the ingest queue for more than ${seconds} s: the function is not keeping up, or is failing.`,
    });
  }

  /** Rejected / (Ingested + Rejected) over the window, once enough files went through. */
  private rejectionRateAlarm(): Alarm {
    const percent = wholeNumberFromContext(
      this,
      REJECTION_RATE_CONTEXT_KEY,
      DEFAULT_REJECTION_RATE_PERCENT,
      { min: 1, max: 100 },
    );
    return new Alarm(this, 'RejectionRateAlarm', {
      metric: rejectionRatePercent(REJECTION_RATE_WINDOW),
      threshold: percent,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `More than ${percent}% of the files ingested in ${REJECTION_RATE_WINDOW.toMinutes()} minutes were rejected: the dashboard shows them by reason.`,
    });
  }

  /** A topic mailing `email`, which only CloudWatch can publish to. */
  private alarmTopic(email: string, removalPolicy: RemovalPolicy): Topic {
    if (!EMAIL.test(email)) {
      throw new Error(
        `Context: ${ALARM_EMAIL_CONTEXT_KEY} must be an e-mail address, not '${email}'.`,
      );
    }
    // SSE for the topic with a key CloudWatch may use (the AWS-managed SNS key allows it not).
    const key = new Key(this, 'AlarmTopicKey', { enableKeyRotation: true, removalPolicy });
    key.grant(
      new ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    const topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    topic.addSubscription(new EmailSubscription(email));
    return topic;
  }
}

/** An alarm as soon as one period sees any datum above zero; no data is fine. */
export const alarmOnAnyDatum = (
  scope: Construct,
  id: string,
  metric: IMetric,
  description: string,
): Alarm =>
  new Alarm(scope, id, {
    metric,
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    alarmDescription: description,
  });

/** One of the pipeline's own metrics (lambdas/ingest/ingest-metrics.ts), summed per period. */
export const ingestMetric = (name: string, period: Duration): Metric =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: METRICS_SERVICE },
    statistic: 'Sum',
    period,
  });

/** The share of files rejected, in percent; 0 while fewer than REJECTION_RATE_MIN_FILES went through. */
export const rejectionRatePercent = (period: Duration): MathExpression =>
  new MathExpression({
    expression: `IF(ingested + rejected >= ${REJECTION_RATE_MIN_FILES}, 100 * rejected / (ingested + rejected), 0)`,
    usingMetrics: {
      ingested: ingestMetric(INGEST_METRIC.ingested, period),
      rejected: ingestMetric(INGEST_METRIC.rejected, period),
    },
    label: 'Rejected %',
    period,
  });
