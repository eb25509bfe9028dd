import type { IncomingMessage } from 'node:http';
import { isLoopbackHost, JSON_TYPE, sameToken } from '../control/authorize.ts';

/** The header the page sends its injected token in (a page elsewhere cannot read it). */
export const TOKEN_HEADER = 'x-inspector-token';

export interface Refusal {
  status: 403 | 401;
  error: string;
}

/**
 * Why a request to the inspector is refused, or undefined. Unlike the control API it
 * serves a browser, so browser requests are normal; what it refuses is the rest of the
 * web: a `Host` that is not loopback (DNS rebinding), an API call without the token the
 * page was served with, and a mutating call from another site or not sent as JSON (a
 * form or `text/plain` POST needs no CORS preflight).
 */
export const guardInspectorRequest = (
  request: IncomingMessage,
  token: string,
): Refusal | undefined => {
  const { headers } = request;
  if (!isLoopbackHost(headers.host))
    return { status: 403, error: 'The inspector answers only to 127.0.0.1.' };
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (!path.startsWith('/api/')) return undefined;
  if (request.method !== 'GET') {
    const site = headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin')
      return { status: 403, error: 'Requests from another site are refused.' };
    if (!JSON_TYPE.test(headers['content-type'] ?? ''))
      return { status: 403, error: 'The request body must be sent as application/json.' };
  }
  const presented = headers[TOKEN_HEADER];
  if (typeof presented !== 'string' || !sameToken(presented, token))
    return { status: 401, error: 'Missing or wrong inspector token: reload the page.' };
  return undefined;
};
