import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createStackClients } from '../cli/stack.ts';
import { createControlToken } from '../control/authorize.ts';
import { sendJson } from '../control/control-server.ts';
import { deadLetterRoutes } from '../control/dead-letter-routes.ts';
import type { LocalQueue } from '../queue/local-queue.ts';
import type { StackInfo } from '../stack/stack-file.ts';
import { guardInspectorRequest } from './inspector-guard.ts';
import { createRecordViews } from './record-views.ts';
import { loadStaticFiles } from './static-files.ts';

/** An article id is a hex digest; anything else names no record. */
const ARTICLE_ID = /^[0-9a-f]{8,64}$/;

export interface InspectorOptions {
  /** 0: any free port (tests). */
  port: number;
  /** The running stack's endpoints and names (its clients are built from them). */
  info: StackInfo;
  queue: LocalQueue;
  deadLetterQueue?: LocalQueue;
}

export interface Inspector {
  /** The page's address, `http://127.0.0.1:<port>/`. */
  url: string;
  stop(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

const apiRoutes = (options: InspectorOptions, views: ReturnType<typeof createRecordViews>) => {
  const routes: Record<string, Route> = {
    'GET /records': async (_req, res) => sendJson(res, 200, await views.recent(false)),
    'GET /rejected': async (_req, res) => sendJson(res, 200, await views.recent(true)),
    'GET /record': async (_req, res, url) => {
      const id = url.searchParams.get('id') ?? '';
      const view = ARTICLE_ID.test(id) ? await views.view(id) : undefined;
      if (!view) return sendJson(res, 404, { error: 'No record with that id.' });
      sendJson(res, 200, view);
    },
    'GET /throughput': async (_req, res) => sendJson(res, 200, await views.throughput(Date.now())),
    // The control API's own dead-letter routes, so a redrive here is the CLI's redrive.
    ...deadLetterRoutes(options.queue, options.deadLetterQueue, sendJson),
  };
  return routes;
};

/**
 * The inspector page of the local stack on 127.0.0.1: its static files, and JSON
 * routes under `/api/` over the stack's table, content bucket and dead-letter queue.
 * The page is served with a fresh token that every `/api/` call must carry.
 */
export const startInspector = async (options: InspectorOptions): Promise<Inspector> => {
  const token = createControlToken();
  const sendStatic = loadStaticFiles(token);
  const clients = createStackClients(options.info);
  const routes = apiRoutes(options, createRecordViews(clients));
  const server = createServer((req, res) => {
    const refusal = guardInspectorRequest(req, token);
    if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && sendStatic(url.pathname, res)) return;
    const route = url.pathname.startsWith('/api/')
      ? routes[`${req.method} ${url.pathname.slice('/api'.length)}`]
      : undefined;
    if (!route) return sendJson(res, 404, { error: `No route ${req.method} ${url.pathname}.` });
    Promise.resolve(route(req, res, url)).catch((error: unknown) =>
      sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          clients.s3.destroy();
          clients.db.destroy();
          resolve();
        });
      }),
  };
};
