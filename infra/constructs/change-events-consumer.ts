import { Duration } from 'aws-cdk-lib';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CHANGE_EVENT_SOURCE, ChangeDetailType } from '#shared/changes/change-event.ts';

/** `cdk deploy -c consumerExample=true`: add the example consumer (a rule and a queue). */
export const CONSUMER_EXAMPLE_CONTEXT_KEY = 'consumerExample';

/** Whether the context asks for the example consumer. */
export const consumerExampleRequested = (scope: Construct): boolean =>
  String(scope.node.tryGetContext(CONSUMER_EXAMPLE_CONTEXT_KEY)) === 'true';

/** A consumer's queue keeps what it has not read as long as SQS allows. */
const RETENTION = Duration.days(14);
/** Messages a consumer failed this often move to its own dead-letter queue. */
const MAX_RECEIVE_COUNT = 5;

export interface ChangeEventsConsumerProps {
  readonly bus: IEventBus;
}

/**
 * The shape of a downstream consumer, as an example to copy: a rule on the change bus
 * that matches every article change, delivering to an encrypted queue with its own
 * dead-letter queue (which also takes events the rule could not deliver).
 */
export class ChangeEventsConsumer extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: ChangeEventsConsumerProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'ConsumerDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: RETENTION,
    });
    this.queue = new Queue(this, 'ConsumerQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: RETENTION,
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    new Rule(this, 'ArticleChangesRule', {
      eventBus: props.bus,
      description: 'Every article change event, to the example consumer queue.',
      eventPattern: { source: [CHANGE_EVENT_SOURCE], detailType: [...ChangeDetailType.options] },
      targets: [new SqsQueue(this.queue, { deadLetterQueue: this.deadLetters })],
    });
  }
}
