import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 32 random bytes: as strong as any key the stack could hand out. */
const TOKEN_BYTES = 32;
const BEARER = /^Bearer ([0-9a-f]+)$/;
/** Only these names reach a loopback server legitimately (anything else: DNS rebinding). */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i;
/** Whether a `Host` header names this machine's loopback (the inspector checks it too). */
export const isLoopbackHost = (host: string | undefined): boolean => LOOPBACK_HOST.test(host ?? '');
export const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/** A fresh token for one run of the stack (hex, as written to stack.json). */
export const createControlToken = (): string => randomBytes(TOKEN_BYTES).toString('hex');

export interface Refusal {
  status: 401 | 403;
  error: string;
}

/**
 * Why a request to the control API is refused, or undefined when it may proceed.
 * A web page can make the browser send requests to 127.0.0.1 (a `text/plain` or form
 * POST needs no preflight), so anything that looks like a browser is refused before
 * the token is even checked; the token then proves the caller could read stack.json.
 */
export const authorize = (request: IncomingMessage, token: string): Refusal | undefined => {
  const { headers } = request;
  if (headers.origin !== undefined || headers['sec-fetch-site'] !== undefined)
    return { status: 403, error: 'Requests from a web page are refused.' };
  if (!isLoopbackHost(headers.host))
    return { status: 403, error: 'The control API answers only to 127.0.0.1.' };
  const type = headers['content-type'];
  const hasBody = type !== undefined || request.method !== 'GET';
  if (hasBody && !JSON_TYPE.test(type ?? ''))
    return { status: 403, error: 'The request body must be sent as application/json.' };
  const presented = BEARER.exec(headers.authorization ?? '')?.[1] ?? '';
  if (!sameToken(presented, token))
    return { status: 401, error: 'Missing or wrong token: the CLI reads it from stack.json.' };
  return undefined;
};

/** Constant-time comparison, so the answer's timing tells nothing about the token. */
export const sameToken = (presented: string, expected: string): boolean => {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};
