import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FAKE_ACCOUNT,
  type FakeMessage,
  type FakeQueue,
  FakeQueues,
  FakeSqsError,
  md5Hex,
} from './fake-sqs-queues.ts';

/**
 * A small SQS endpoint on 127.0.0.1 that speaks the JSON protocol SDK v3 uses
 * (`x-amz-target: AmazonSQS.<Operation>`, JSON bodies, `__type` errors plus the awsQuery
 * error code header), so tests run the real SQSClient's serialisation against it. It
 * implements only what the dead-letter adapter calls. Requests are not authenticated.
 */
export interface FakeSqsServer {
  endpoint: string;
  queues: FakeQueues;
  /** The operations called, in order (e.g. 'ReceiveMessage'). */
  calls: string[];
  /** Operations that answer AccessDenied, as for a role without that permission. */
  denied: Set<string>;
  stop: () => Promise<void>;
}

type Input = Record<string, unknown>;
type Handler = (queues: FakeQueues, input: Input) => unknown;

/** SQS messages are at most 1 MiB; a request larger than this is refused unread. */
const MAX_REQUEST_BYTES = 2 * 1024 * 1024;
const TARGET_PREFIX = 'AmazonSQS.';

const receiptOf = (message: FakeMessage) => ({
  MessageId: message.messageId,
  ReceiptHandle: message.receiptHandle,
  MD5OfBody: md5Hex(message.body),
  Body: message.body,
  Attributes: {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: String(message.sentTimestamp),
  },
  ...(message.attributes && { MessageAttributes: message.attributes }),
});

const sourcesOf = (queues: FakeQueues, deadLetters: FakeQueue): FakeQueue[] =>
  [...queues.queues.values()].filter((queue) => queue.deadLetterTargetArn === deadLetters.arn);

const HANDLERS: Record<string, Handler> = {
  GetQueueUrl: (queues, input) => ({
    QueueUrl: queues.byName(input.QueueName, input.QueueOwnerAWSAccountId ?? FAKE_ACCOUNT).url,
  }),
  GetQueueAttributes: (queues, input) => {
    const queue = queues.byUrl(input.QueueUrl);
    return {
      Attributes: {
        QueueArn: queue.arn,
        ApproximateNumberOfMessages: String(queues.visibleCount(queue)),
      },
    };
  },
  ListDeadLetterSourceQueues: (queues, input) => {
    const sources = sourcesOf(queues, queues.byUrl(input.QueueUrl));
    return { queueUrls: sources.slice(0, Number(input.MaxResults ?? 1000)).map((q) => q.url) };
  },
  StartMessageMoveTask: (queues, input) => {
    const source = queues.byArn(input.SourceArn);
    if (sourcesOf(queues, source).length === 0) {
      throw new FakeSqsError(
        'InvalidParameterValue',
        'InvalidParameterValue',
        'Source queue must be configured as a Dead Letter Queue.',
      );
    }
    return { TaskHandle: queues.startMoveTask(source).taskHandle };
  },
  ListMessageMoveTasks: (queues, input) => ({
    Results: queues.moveTasks
      .filter((task) => task.sourceArn === input.SourceArn)
      .slice(0, Number(input.MaxResults ?? 1))
      .map((task) => ({
        Status: 'COMPLETED',
        SourceArn: task.sourceArn,
        ApproximateNumberOfMessagesMoved: task.moved,
        ApproximateNumberOfMessagesToMove: task.moved,
        StartedTimestamp: task.startedAt,
      })),
  }),
  ReceiveMessage: (queues, input) => {
    const queue = queues.byUrl(input.QueueUrl);
    const received = queues.receive(
      queue,
      Number(input.MaxNumberOfMessages ?? 1),
      Number(input.VisibilityTimeout ?? 30),
    );
    return received.length > 0 ? { Messages: received.map(receiptOf) } : {};
  },
  SendMessage: (queues, input) => {
    const body = String(input.MessageBody);
    const attributes = input.MessageAttributes as Record<string, unknown> | undefined;
    const message = queues.send(
      queues.byUrl(input.QueueUrl),
      body,
      attributes ? { attributes } : {},
    );
    return { MessageId: message.messageId, MD5OfMessageBody: md5Hex(body) };
  },
  SendMessageBatch: (queues, input) => {
    const queue = queues.byUrl(input.QueueUrl);
    const entries = input.Entries as { Id: string; MessageBody: string }[];
    const Successful = entries.map((entry) => {
      const message = queues.send(queue, entry.MessageBody);
      return {
        Id: entry.Id,
        MessageId: message.messageId,
        MD5OfMessageBody: md5Hex(entry.MessageBody),
      };
    });
    return { Successful, Failed: [] };
  },
  DeleteMessage: (queues, input) => {
    const queue = queues.byUrl(input.QueueUrl);
    queue.messages.delete(queues.byReceipt(queue, input.ReceiptHandle).messageId);
    return {};
  },
  ChangeMessageVisibility: (queues, input) => {
    const queue = queues.byUrl(input.QueueUrl);
    const message = queues.byReceipt(queue, input.ReceiptHandle);
    if (message.visibleAt <= Date.now()) {
      throw new FakeSqsError(
        'MessageNotInflight',
        'AWS.SimpleQueueService.MessageNotInflight',
        'The message is not in flight.',
      );
    }
    message.visibleAt = Date.now() + Number(input.VisibilityTimeout) * 1000;
    return {};
  },
};

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_REQUEST_BYTES)
      throw new FakeSqsError('RequestTooLarge', 'RequestTooLarge', 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const reply = (response: ServerResponse, status: number, body: unknown, headers = {}): void => {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
  response.end(JSON.stringify(body));
};

const replyError = (response: ServerResponse, error: FakeSqsError): void =>
  reply(
    response,
    400,
    { __type: `com.amazonaws.sqs#${error.type}`, message: error.message },
    { 'x-amzn-query-error': `${error.queryCode};Sender` },
  );

const handle = async (
  server: FakeSqsServer,
  request: IncomingMessage,
  response: ServerResponse,
) => {
  const target = String(request.headers['x-amz-target'] ?? '');
  const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  server.calls.push(operation);
  try {
    const input = JSON.parse((await readBody(request)) || '{}') as Input;
    const handler = HANDLERS[operation];
    if (!handler)
      throw new FakeSqsError(
        'UnsupportedOperation',
        'AWS.SimpleQueueService.UnsupportedOperation',
        `${operation} is not supported here.`,
      );
    if (server.denied.has(operation)) {
      throw new FakeSqsError(
        'AccessDenied',
        'AccessDenied',
        `User is not authorized to perform: sqs:${operation}`,
      );
    }
    reply(response, 200, handler(server.queues, input));
  } catch (error) {
    if (error instanceof FakeSqsError) replyError(response, error);
    else reply(response, 500, { __type: 'InternalError', message: String(error) });
  }
};

/** Starts the fake endpoint on a free port of 127.0.0.1. */
export const startFakeSqsServer = async (): Promise<FakeSqsServer> => {
  const http = createServer((request, response) => void handle(server, request, response));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const server: FakeSqsServer = {
    endpoint,
    queues: new FakeQueues(endpoint),
    calls: [],
    denied: new Set(),
    stop: () =>
      new Promise((resolve, reject) => http.close((error) => (error ? reject(error) : resolve()))),
  };
  return server;
};
