import { AwsV4Signer } from 'aws4fetch';
import { readAtMost } from '../bounded-read.ts';
import type { AwsCredentials } from './aws-env.ts';
import { AwsNetworkError, AwsServiceError, type CallName, codeOfStatus } from './aws-error.ts';
import type { AwsService } from './endpoints.ts';
import { nodeTransport, type Transport } from './node-transport.ts';
import { isRetryable, MAX_ATTEMPTS, retryDelayMs } from './retry-policy.ts';

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
  fetch?: Transport;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Per attempt, the body's read included. */
  timeoutMs?: number;
}

/** Sends a call, signed, with retries; resolves with the first 2xx response (body unread). */
export type SendAwsCall = (call: AwsCall) => Promise<Response>;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * SigV4-signed calls to one service (aws4fetch signs; its own retries are not used). A
 * failure is retried as the SDK's standard mode does (`retry-policy.ts`), then thrown
 * as an `AwsServiceError` or `AwsNetworkError` naming the service and operation.
 */
export const createAwsSender = (service: AwsService, options: AwsRequestOptions): SendAwsCall => {
  const { region, fetch: fetchOf = nodeTransport, sleep = wait, random = Math.random } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signingKeys = new Map<string, ArrayBuffer>();
  const sign = async (call: AwsCall): Promise<Request> => {
    const signer = new AwsV4Signer({
      ...options.credentials,
      service,
      region,
      cache: signingKeys,
      url: call.url,
      method: call.method,
      headers: call.headers,
      body: call.body,
    });
    // The signature covers the path S3 receives, which the parsed URL may no longer hold.
    if (call.path !== undefined) signer.encodedPath = call.path;
    const { url, method, headers, body } = await signer.sign();
    return new Request(url.toString(), { method, headers, body });
  };
  return async (call) => {
    for (let attempt = 1; ; attempt++) {
      const request = await sign(call);
      let failure: Error;
      let retryable: boolean;
      try {
        const response = await fetchOf(request, {
          signal: AbortSignal.timeout(timeoutMs),
          ...(call.path !== undefined && { path: call.path }),
        });
        if (response.ok) return response;
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

const serviceErrorOf = async (call: AwsCall, response: Response) => {
  const { bytes } = await readAtMost(response.body, MAX_ERROR_BODY_BYTES);
  const parsed = call.parseError(new TextDecoder().decode(bytes));
  const code = parsed?.code ?? codeOfStatus(response.status);
  return new AwsServiceError(call, code, response.status, parsed?.message);
};
