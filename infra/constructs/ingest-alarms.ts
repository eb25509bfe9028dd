import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** `cdk deploy -c alarmEmail=ops@example.com`: who is told when an alarm fires. */
export const ALARM_EMAIL_CONTEXT_KEY = 'alarmEmail';

/** One minute: the finest period the SQS and Lambda metrics are published at. */
const ALARM_PERIOD = Duration.minutes(1);
/** A rough shape check; SNS sends a confirmation mail that proves the address. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface IngestAlarmsProps {
  readonly deadLetters: IQueue;
  readonly fn: IFunction;
  /** What happens to the topic's key when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * What an operator must hear about: a message in the dead-letter queue (it needs a look
 * and a `redrive`), a function error (an invocation that crashed or timed out) and a
 * throttle (the concurrency cap or the account limit is holding messages back). With
 * `-c alarmEmail=...`, each alarm mails through an encrypted SNS topic.
 */
export class IngestAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: IngestAlarmsProps) {
    super(scope, id);
    const { deadLetters, fn } = props;
    this.alarms = [
      this.anyAbove(
        'DeadLetterQueueAlarm',
        deadLetters.metricApproximateNumberOfMessagesVisible({
          period: ALARM_PERIOD,
          statistic: 'Maximum',
        }),
        'Messages are waiting in the dead-letter queue: see `article-ingest failures`, then `redrive`.',
      ),
      this.anyAbove(
        'FunctionErrorsAlarm',
        fn.metricErrors({ period: ALARM_PERIOD }),
        'The ingest function failed invocations (a crash or a timeout).',
      ),
      this.anyAbove(
        'FunctionThrottlesAlarm',
        fn.metricThrottles({ period: ALARM_PERIOD }),
        'Ingest invocations were throttled.',
      ),
    ];
    const email: unknown = this.node.tryGetContext(ALARM_EMAIL_CONTEXT_KEY);
    if (email !== undefined) this.notify(String(email), props.removalPolicy);
  }

  /** An alarm as soon as one period sees any datum above zero; no data is fine. */
  private anyAbove(id: string, metric: IMetric, description: string): Alarm {
    return new Alarm(this, id, {
      metric,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
  }

  /** Alarm state changes to `email`, through a topic only CloudWatch can publish to. */
  private notify(email: string, removalPolicy: RemovalPolicy): void {
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
    const action = new SnsAction(topic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
}
