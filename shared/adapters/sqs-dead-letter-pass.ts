import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { parseQueueMessage } from '../events/parse-queue-message.ts';

/** A dead-letter queue and the one queue whose failed messages it holds. */
export interface DeadLetterQueue {
  url: string;
  arn: string;
  sourceUrl: string;
}

/** What an operator sees of one dead letter a pass moved (or would move). */
export interface MovedMessage {
  messageId: string;
  receiveCount: number;
  /** When it was first sent, ISO 8601. */
  sentAt: string;
  /** The object keys its S3 records name, decoded; empty for a body that is no S3 event. */
  keys: string[];
}

export interface PassResult {
  moved: MovedMessage[];
  /** Messages seen that the filter did not pick; they stay in the dead-letter queue. */
  kept: number;
  dryRun: boolean;
  /** False when the pass stopped at MAX_RECEIVES before it had seen every message. */
  complete: boolean;
}

/** The most a receive returns. */
const BATCH_SIZE = 10;
/** Long polling asks every SQS server, so an empty answer means the queue is empty. */
const WAIT_SECONDS = 1;
/**
 * Messages stay hidden this long after a receive: time to move the matches and to finish
 * the pass while the kept ones stay out of the way (they are released at the end).
 */
const HOLD_SECONDS = 120;
/** A bound on one pass: 10,000 messages; a larger queue takes another run. */
const MAX_RECEIVES = 1000;

const keysOf = (message: Message): string[] => {
  try {
    const parsed = parseQueueMessage({
      messageId: message.MessageId ?? '',
      body: message.Body ?? '',
    });
    return parsed.kind === 'notification' ? parsed.refs.map((ref) => ref.key) : [];
  } catch {
    return []; // not an S3 notification: it names no key, so no prefix picks it
  }
};

const describeMessage = (message: Message, keys: string[]): MovedMessage => ({
  messageId: message.MessageId ?? '',
  receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
  sentAt: new Date(Number(message.Attributes?.SentTimestamp ?? 0)).toISOString(),
  keys,
});

/** The attributes to send again: the value fields only (list values are reserved by SQS). */
const attributesOf = (message: Message): Record<string, MessageAttributeValue> | undefined => {
  const entries = Object.entries(message.MessageAttributes ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([name, { DataType, StringValue, BinaryValue }]) => [
      name,
      {
        DataType,
        ...(StringValue !== undefined && { StringValue }),
        ...(BinaryValue && { BinaryValue }),
      },
    ]),
  );
};

/**
 * One bounded pass over the dead-letter queue. A message whose keys start with
 * `keyPrefix` is sent to the source queue (same body and attributes), then deleted here;
 * a crash between the two sends it twice, which the pipeline's sequencer check absorbs.
 * The others are held out of sight until the pass ends, so each receive brings new
 * messages, and are then made visible again at once. The pass ends when a receive
 * returns nothing or only messages already seen, or after MAX_RECEIVES receives.
 */
export const moveMatchingMessages = async (
  client: SQSClient,
  queue: DeadLetterQueue,
  keyPrefix: string,
  dryRun: boolean,
): Promise<PassResult> => {
  const seen = new Set<string>();
  const held = new Map<string, string>(); // messageId -> its latest receipt handle
  const moved: MovedMessage[] = [];
  let complete = false;
  try {
    for (let receives = 0; receives < MAX_RECEIVES && !complete; receives += 1) {
      const messages = (await receiveBatch(client, queue.url)).filter(isComplete);
      const fresh = messages.filter((message) => !seen.has(message.MessageId));
      for (const message of messages) {
        if (seen.has(message.MessageId)) held.set(message.MessageId, message.ReceiptHandle);
      }
      complete = fresh.length === 0;
      for (const message of fresh) {
        seen.add(message.MessageId);
        const keys = keysOf(message);
        const picked = keys.some((key) => key.startsWith(keyPrefix));
        held.set(message.MessageId, message.ReceiptHandle);
        if (picked) moved.push(describeMessage(message, keys));
        if (!picked || dryRun) continue;
        await moveMessage(client, queue, message);
        held.delete(message.MessageId);
      }
    }
  } finally {
    await releaseMessages(client, queue.url, held);
  }
  return { moved, kept: seen.size - moved.length, dryRun, complete };
};

type CompleteMessage = Message & { MessageId: string; ReceiptHandle: string; Body: string };

const isComplete = (message: Message): message is CompleteMessage =>
  message.MessageId !== undefined &&
  message.ReceiptHandle !== undefined &&
  message.Body !== undefined;

const receiveBatch = async (client: SQSClient, url: string): Promise<Message[]> => {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: BATCH_SIZE,
      WaitTimeSeconds: WAIT_SECONDS,
      VisibilityTimeout: HOLD_SECONDS,
      MessageAttributeNames: ['All'],
      MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
    }),
  );
  return Messages;
};

const moveMessage = async (
  client: SQSClient,
  queue: DeadLetterQueue,
  message: CompleteMessage,
): Promise<void> => {
  const attributes = attributesOf(message);
  await client.send(
    new SendMessageCommand({
      QueueUrl: queue.sourceUrl,
      MessageBody: message.Body,
      ...(attributes && { MessageAttributes: attributes }),
    }),
  );
  await client.send(
    new DeleteMessageCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle }),
  );
};

/**
 * Makes the held messages visible again, ten at a time. One that fails to be released
 * reappears by itself after HOLD_SECONDS, so a failure here loses nothing and is not
 * allowed to hide the pass's own outcome or error.
 */
const releaseMessages = async (
  client: SQSClient,
  url: string,
  held: Map<string, string>,
): Promise<void> => {
  const handles = [...held.values()];
  for (let start = 0; start < handles.length; start += BATCH_SIZE) {
    await Promise.allSettled(
      handles.slice(start, start + BATCH_SIZE).map((handle) =>
        client.send(
          new ChangeMessageVisibilityCommand({
            QueueUrl: url,
            ReceiptHandle: handle,
            VisibilityTimeout: 0,
          }),
        ),
      ),
    );
  }
};
