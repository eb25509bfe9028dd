import { createHash, randomUUID } from 'node:crypto';

/** The account every fake queue belongs to. */
export const FAKE_ACCOUNT = '123456789012';
export const FAKE_REGION = 'eu-west-1';

export interface FakeMessage {
  messageId: string;
  body: string;
  attributes?: Record<string, unknown>;
  sentTimestamp: number;
  receiveCount: number;
  /** Epoch ms from which a receive may return it. */
  visibleAt: number;
  /** Only the latest receive's handle changes or deletes the message, as on SQS. */
  receiptHandle?: string;
  /** The queue it was dead-lettered from, where a move task without destination returns it. */
  origin?: string;
}

export interface FakeQueue {
  name: string;
  url: string;
  arn: string;
  /** The ARN of this queue's dead-letter queue (its RedrivePolicy target). */
  deadLetterTargetArn?: string;
  messages: Map<string, FakeMessage>;
}

export interface FakeMoveTask {
  taskHandle: string;
  sourceArn: string;
  moved: number;
  startedAt: number;
}

/** An SQS error: its shape name, the awsQuery code SQS also sends, and a message. */
export class FakeSqsError extends Error {
  constructor(
    readonly type: string,
    readonly queryCode: string,
    message: string,
  ) {
    super(message);
  }
}

export const md5Hex = (text: string): string => createHash('md5').update(text).digest('hex');

export const queueDoesNotExist = (): FakeSqsError =>
  new FakeSqsError(
    'QueueDoesNotExist',
    'AWS.SimpleQueueService.NonExistentQueue',
    'The specified queue does not exist.',
  );

/** The queues of one fake SQS endpoint, with standard-queue visibility semantics. */
export class FakeQueues {
  readonly queues = new Map<string, FakeQueue>();
  readonly moveTasks: FakeMoveTask[] = [];
  /** Caps every visibility timeout: 0 stands in for a pass that outlives its hold. */
  visibilityCapSeconds = Number.POSITIVE_INFINITY;

  constructor(private readonly origin: string) {}

  create(name: string, deadLetterQueue?: FakeQueue): FakeQueue {
    const queue: FakeQueue = {
      name,
      url: `${this.origin}/${FAKE_ACCOUNT}/${name}`,
      arn: `arn:aws:sqs:${FAKE_REGION}:${FAKE_ACCOUNT}:${name}`,
      ...(deadLetterQueue && { deadLetterTargetArn: deadLetterQueue.arn }),
      messages: new Map(),
    };
    this.queues.set(name, queue);
    return queue;
  }

  byName(name: unknown, account: unknown): FakeQueue {
    const queue = account === FAKE_ACCOUNT ? this.queues.get(String(name)) : undefined;
    if (!queue) throw queueDoesNotExist();
    return queue;
  }

  byUrl(url: unknown): FakeQueue {
    const [, account, name] = new URL(String(url)).pathname.split('/');
    return this.byName(name, account);
  }

  byArn(arn: unknown): FakeQueue {
    const queue = [...this.queues.values()].find((candidate) => candidate.arn === arn);
    if (!queue) throw queueDoesNotExist();
    return queue;
  }

  send(queue: FakeQueue, body: string, extra: Partial<FakeMessage> = {}): FakeMessage {
    const message: FakeMessage = {
      messageId: randomUUID(),
      body,
      sentTimestamp: Date.now(),
      receiveCount: 0,
      visibleAt: 0,
      ...extra,
    };
    queue.messages.set(message.messageId, message);
    return message;
  }

  receive(queue: FakeQueue, max: number, visibilitySeconds: number): FakeMessage[] {
    const now = Date.now();
    const visible = [...queue.messages.values()].filter((message) => message.visibleAt <= now);
    return visible.slice(0, max).map((message) => {
      message.receiveCount += 1;
      message.receiptHandle = randomUUID();
      message.visibleAt = now + Math.min(visibilitySeconds, this.visibilityCapSeconds) * 1000;
      return message;
    });
  }

  byReceipt(queue: FakeQueue, handle: unknown): FakeMessage {
    const message = [...queue.messages.values()].find((m) => m.receiptHandle === handle);
    if (!message) {
      throw new FakeSqsError(
        'ReceiptHandleIsInvalid',
        'ReceiptHandleIsInvalid',
        `The receipt handle "${String(handle)}" is not valid.`,
      );
    }
    return message;
  }

  visibleCount(queue: FakeQueue): number {
    const now = Date.now();
    return [...queue.messages.values()].filter((message) => message.visibleAt <= now).length;
  }

  /** Completes at once what SQS does in the background: every message back to its origin. */
  startMoveTask(source: FakeQueue): FakeMoveTask {
    const task = {
      taskHandle: randomUUID(),
      sourceArn: source.arn,
      moved: 0,
      startedAt: Date.now(),
    };
    for (const message of [...source.messages.values()]) {
      const origin = message.origin ? this.queues.get(message.origin) : undefined;
      if (!origin) continue;
      source.messages.delete(message.messageId);
      this.send(origin, message.body, message.attributes ? { attributes: message.attributes } : {});
      task.moved += 1;
    }
    this.moveTasks.unshift(task);
    return task;
  }
}
