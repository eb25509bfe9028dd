import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/**
 * How a signed request goes out: `fetch`'s shape, so tests can pass a fake. `path`, when
 * given, is sent instead of the request URL's (already normalised) path.
 */
export type Transport = (
  request: Request,
  init: { signal: AbortSignal; path?: string },
) => Promise<Response>;

/** Connections are kept for the next call, as the SDK's handler keeps them (50 a host). */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };
const agents: Record<string, HttpAgent> = {
  'http:': new HttpAgent(AGENT_OPTIONS),
  'https:': new HttpsAgent(AGENT_OPTIONS),
};
/** Statuses a Response may not carry a body with. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

const headersOf = (message: IncomingMessage): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  return headers;
};

/**
 * Sends a request over node:http(s) and answers a fetch `Response` whose body is the
 * bytes as sent. Not the global fetch: it decodes a `Content-Encoding: gzip` body, and an
 * S3 object stored with that header must reach the pipeline as stored, as the SDK gives it.
 */
export const nodeTransport: Transport = async (request, { signal, path }) => {
  const url = new URL(request.url);
  const target = {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port,
    path: `${path ?? url.pathname}${url.search}`,
  };
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  if (body !== undefined) headers['content-length'] = String(body.byteLength);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      { ...target, method: request.method, headers, agent: agents[url.protocol], signal },
      (incoming) => {
        const status = incoming.statusCode ?? 0;
        const bodiless = request.method === 'HEAD' || NULL_BODY_STATUSES.has(status);
        if (bodiless) incoming.resume();
        const stream = bodiless ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
        resolve(new Response(stream, { status, headers: headersOf(incoming) }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
};
