import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LocalQueue } from '../queue/local-queue.ts';
import { authorize } from './authorize.ts';
import { deadLetterRoutes } from './dead-letter-routes.ts';
import type { OutcomeWaiters } from './outcome-waiters.ts';
import { messageBodiesOf, ReplayError } from './replay-body.ts';

/** How long `POST /replay?wait=1` waits before answering with `pending` results. */
const REPLAY_WAIT_MS = 60_000;
/** The longest one `GET /outcomes` request waits for news; the caller asks again. */
const OUTCOMES_MAX_WAIT_MS = 30_000;
/** Recorded events are small; anything bigger is a mistake. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ControlServerOptions {
  port: number;
  queue: LocalQueue;
  deadLetterQueue?: LocalQueue;
  waiters: OutcomeWaiters;
  inFlight: () => number;
  /** Every request must carry `Authorization: Bearer <token>` (see authorize.ts). */
  token: string;
  /** The parts the stack supervises, each up or down; `/health` is 503 while one is down. */
  parts?: () => PartHealth[];
}

export interface PartHealth {
  part: string;
  up: boolean;
  detail?: string;
}

export interface ControlServer {
  endpoint: string;
  stop(): Promise<void>;
}

/** Answers with a JSON body (the inspector answers the same way). */
export const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(body)}\n`);
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ReplayError('The event is larger than 5 MB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplayError('The request body is not JSON.');
  }
};

/** The local stack's control API on 127.0.0.1: health, replay of recorded events, redrive. */
export const startControlServer = async (options: ControlServerOptions): Promise<ControlServer> => {
  const { queue, deadLetterQueue, waiters } = options;
  const replay = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const bodies = messageBodiesOf(parseJson(await readBody(req)));
    const ids = bodies.map((body) => queue.send(body).messageId);
    if (url.searchParams.get('wait') !== '1') return sendJson(res, 202, { messageIds: ids });
    sendJson(res, 200, { results: await waiters.wait(ids, REPLAY_WAIT_MS) });
  };
  // `GET /outcomes` -> the cursor; `?after=N[&waitMs=M]` -> the outcomes since N (see `since`).
  const outcomes = async (_req: IncomingMessage, res: ServerResponse, url: URL) => {
    const after = Number(url.searchParams.get('after') ?? Number.NaN);
    if (!Number.isSafeInteger(after) || after < 0)
      return sendJson(res, 200, { results: [], next: waiters.cursor(), missed: 0 });
    const waitMs = Math.min(Number(url.searchParams.get('waitMs')) || 0, OUTCOMES_MAX_WAIT_MS);
    sendJson(res, 200, await waiters.since(after, Math.max(0, waitMs)));
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => unknown> = {
    'GET /health': (_req, res) => {
      const down = (options.parts?.() ?? []).filter((part) => !part.up);
      sendJson(res, down.length === 0 ? 200 : 503, {
        status: down.length === 0 ? 'ok' : 'unhealthy',
        ...(down.length > 0 ? { down } : {}),
        queueDepth: queue.depth(),
        dlqDepth: deadLetterQueue?.depth() ?? 0,
        inFlight: options.inFlight(),
      });
    },
    'POST /replay': replay,
    'GET /outcomes': outcomes,
    'POST /redrive': (_req, res) =>
      sendJson(res, 200, { moved: deadLetterQueue?.redriveTo(queue) ?? 0 }),
    ...deadLetterRoutes(queue, deadLetterQueue, sendJson),
  };
  const server: Server = createServer((req, res) => {
    const refusal = authorize(req, options.token);
    if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return sendJson(res, 404, { error: `No route ${req.method} ${url.pathname}.` });
    Promise.resolve(route(req, res, url)).catch((error: unknown) => {
      const known = error instanceof ReplayError;
      sendJson(res, known ? 400 : 500, {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
