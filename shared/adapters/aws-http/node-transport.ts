import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';

/** A signed request as it goes out: the target, and the path and headers sent as they are. */
export interface WireRequest {
  /** Scheme, host and port (its path is not sent: an S3 key's dot segments are resolved in it). */
  url: URL;
  /** Path and query, percent-encoded, exactly as signed. */
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** An answer whose body is not read yet: the caller reads it with a bound, or drops it. */
export interface WireResponse {
  status: number;
  /** Lower-case names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  body: Readable;
}

/**
 * How a signed request goes out: node:http(s) (`nodeTransport`), or a fake in tests. The
 * signal aborts the attempt, its body's read included.
 */
export type Transport = (request: WireRequest, signal: AbortSignal) => Promise<WireResponse>;

/** Connections are kept for the next call, as the SDK's handler keeps them (50 a host). */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };
const agents: Record<string, HttpAgent> = {
  'http:': new HttpAgent(AGENT_OPTIONS),
  'https:': new HttpsAgent(AGENT_OPTIONS),
};
/** Statuses that carry no body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * Sends a request over node:http(s) and answers with the response stream as it came:
 * no Content-Encoding is undone (an S3 object stored gzipped reaches the pipeline as
 * stored, as the SDK gives it), no fetch objects are built around it.
 */
export const nodeTransport: Transport = ({ url, path, method, headers, body }, signal) => {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      {
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port,
        path,
        method,
        headers,
        agent: agents[url.protocol],
        signal,
      },
      (incoming) => {
        const status = incoming.statusCode ?? 0;
        // Nothing will read a body that cannot come: let it end, freeing the connection.
        if (method === 'HEAD' || NULL_BODY_STATUSES.has(status)) incoming.resume();
        resolve({ status, headers: incoming.headers, body: incoming });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
};
