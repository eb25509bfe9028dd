import type { AwsCredentials } from './aws-env.ts';
import { AwsNetworkError, AwsServiceError, type CallName, codeOfStatus } from './aws-error.ts';
import type { AwsService } from './endpoints.ts';
import {
  nodeTransport,
  type Transport,
  type WireRequest,
  type WireResponse,
} from './node-transport.ts';
import { isSuccess, readBodyAtMost, utf8Of } from './read-body.ts';
import { isRetryable, MAX_ATTEMPTS, retryDelayMs } from './retry-policy.ts';
import { amzDate, type SigningScope, signRequest } from './sign-request.ts';

/** An error response's body is read only this far: enough for a code and a message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** A call that has not answered in this long is abandoned (and retried). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** One AWS call: what to send and how to read the error code out of a failure. */
export interface AwsCall extends CallName {
  url: string;
  /**
   * The path as sent and signed, percent-encoded, when the URL parser must not touch it:
   * an S3 key's `.` and `..` segments are part of the key, but `new URL` resolves them away.
   */
  path?: string;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The code and message in an error body; undefined when it names none. */
  parseError(body: string): { code: string; message?: string } | undefined;
}

export interface AwsRequestOptions {
  credentials: AwsCredentials;
  region: string;
  /** Injected in tests; node:http(s) otherwise (`nodeTransport`). */
  transport?: Transport;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Per attempt, the body's read included. */
  timeoutMs?: number;
}

/** Sends a call, signed, with retries; resolves with the first 2xx response (body unread). */
export type SendAwsCall = (call: AwsCall) => Promise<WireResponse>;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const bufferOf = (body: string | Uint8Array): Buffer =>
  typeof body === 'string'
    ? Buffer.from(body)
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength);

/** The call as it goes out, but for its signature: the URL parsed and the body a Buffer once. */
const unsignedOf = (call: AwsCall): Omit<WireRequest, 'headers'> => {
  const url = new URL(call.url);
  return {
    url,
    path: `${call.path ?? url.pathname}${url.search}`,
    method: call.method,
    ...(call.body !== undefined && { body: bufferOf(call.body) }),
  };
};

/**
 * SigV4-signed calls to one service (`sign-request.ts`), each attempt signed afresh. A
 * failure is retried as the SDK's standard mode does (`retry-policy.ts`), then thrown
 * as an `AwsServiceError` or `AwsNetworkError` naming the service and operation.
 */
export const createAwsSender = (service: AwsService, options: AwsRequestOptions): SendAwsCall => {
  const {
    region,
    credentials,
    transport = nodeTransport,
    sleep = wait,
    random = Math.random,
  } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const scope: SigningScope = { credentials, service, region };
  return async (call) => {
    const unsigned = unsignedOf(call);
    const toSign = { ...unsigned, host: unsigned.url.host, headers: call.headers };
    for (let attempt = 1; ; attempt++) {
      const headers = signRequest(toSign, scope, amzDate(new Date()));
      let failure: Error;
      let retryable: boolean;
      try {
        const response = await transport({ ...unsigned, headers }, AbortSignal.timeout(timeoutMs));
        if (isSuccess(response)) return response;
        failure = await serviceErrorOf(call, response);
        retryable = isRetryable({ status: response.status, code: failure.name });
      } catch (error) {
        failure = new AwsNetworkError(call, error);
        retryable = isRetryable({});
      }
      if (attempt >= MAX_ATTEMPTS || !retryable) throw failure;
      await sleep(retryDelayMs(attempt, random));
    }
  };
};

const serviceErrorOf = async (call: AwsCall, response: WireResponse) => {
  const { bytes } = await readBodyAtMost(response.body, MAX_ERROR_BODY_BYTES);
  const parsed = call.parseError(utf8Of(bytes));
  const code = parsed?.code ?? codeOfStatus(response.status);
  return new AwsServiceError(call, code, response.status, parsed?.message);
};
