import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import * as z from 'zod';
import { LOCAL_ACCOUNT } from '../template/resolve-env.ts';
import { parseJsonOrUndefined } from './safe-json.ts';

/** The journal of the local bus in the data dir: one delivered event per line. */
export const BUS_JOURNAL_FILE = 'events.jsonl';
/** PutEvents takes at most 10 entries of 256 KB together; a larger body is no PutEvents. */
const MAX_REQUEST_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10;
const PUT_EVENTS_TARGET = 'AWSEvents.PutEvents';

const PutEventsRequest = z.object({
  Entries: z
    .array(
      z.object({
        EventBusName: z.string().optional(),
        Source: z.string().min(1),
        DetailType: z.string().min(1),
        Detail: z.string(),
        Time: z.number().optional(),
        Resources: z.array(z.string()).optional(),
      }),
    )
    .min(1)
    .max(MAX_ENTRIES),
});
type Entry = z.infer<typeof PutEventsRequest>['Entries'][number];

/** An event as EventBridge delivers it to a rule's target. */
export interface DeliveredEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
}

export interface LocalBusOptions {
  busName: string;
  region: string;
  dataDir: string;
  /** Called with every event the bus takes, after it is in the journal. */
  onEvent?: (event: DeliveredEvent) => void;
}

export interface LocalBus {
  /** What `AWS_ENDPOINT_URL_EVENTBRIDGE` points the function's SDK client at. */
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The stack's EventBridge bus on this machine: an HTTP endpoint that speaks PutEvents
 * (AWS JSON 1.1), so the publish function's unchanged SDK client can put events, and an
 * append-only journal in the data dir that `article-ingest events` reads.
 */
export const startLocalBus = async (options: LocalBusOptions): Promise<LocalBus> => {
  const journal = path.join(options.dataDir, BUS_JOURNAL_FILE);
  const accept = (
    entry: Entry,
  ): { EventId: string } | { ErrorCode: string; ErrorMessage: string } => {
    const bus = entry.EventBusName;
    if (bus !== undefined && bus !== options.busName && !bus.endsWith(`/${options.busName}`)) {
      return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `No bus ${bus}` };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON.' };
    }
    const event: DeliveredEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: LOCAL_ACCOUNT,
      time: new Date(entry.Time === undefined ? Date.now() : entry.Time * 1000).toISOString(),
      region: options.region,
      resources: entry.Resources ?? [],
      detail,
    };
    appendFileSync(journal, `${JSON.stringify(event)}\n`);
    options.onEvent?.(event);
    return { EventId: event.id };
  };
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const reply = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(payload));
      };
      if (body === undefined) return reply(413, { __type: 'ValidationException' });
      if (request.headers['x-amz-target'] !== PUT_EVENTS_TARGET) {
        return reply(400, { __type: 'UnknownOperationException' });
      }
      const parsed = PutEventsRequest.safeParse(parseJsonOrUndefined(body));
      if (!parsed.success) {
        return reply(400, { __type: 'ValidationException', message: parsed.error.message });
      }
      const entries = parsed.data.Entries.map(accept);
      const failed = entries.filter((entry) => 'ErrorCode' in entry).length;
      return reply(200, { FailedEntryCount: failed, Entries: entries });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: endpointOf(server), stop: () => closeServer(server) };
};

/** The request body, or undefined when it is larger than any PutEvents request. */
const readBody = async (request: IncomingMessage): Promise<string | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const endpointOf = (server: Server): string => {
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The local bus has no port.');
  return `http://127.0.0.1:${address.port}`;
};

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
