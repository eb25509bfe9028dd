import type { CallName } from './aws-error.ts';
import type { AwsCall } from './aws-request.ts';
import type { AwsTarget } from './aws-target.ts';
import type { WireResponse } from './node-transport.ts';
import { readBodyAtMost, utf8Of } from './read-body.ts';

/** A JSON protocol service: DynamoDB speaks 1.0, EventBridge 1.1. */
export interface JsonService {
  service: string;
  /** The X-Amz-Target prefix: `DynamoDB_20120810`, `AWSEvents`. */
  targetPrefix: string;
  version: '1.0' | '1.1';
  /** The largest response body read; past it the call fails. */
  maxResponseBytes: number;
}

/**
 * The code of a JSON error body: `__type` (`com.amazonaws.dynamodb.v20120810#Code`, or
 * the bare code), less any namespace before `#` and any detail after `:`.
 */
export const parseJsonError = (body: string): { code: string; message?: string } | undefined => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { __type, code, message, Message } = parsed as Record<string, unknown>;
  const type = typeof __type === 'string' ? __type : typeof code === 'string' ? code : undefined;
  const name = type?.split('#').pop()?.split(':')[0];
  if (!name) return undefined;
  const text = typeof message === 'string' ? message : Message;
  return { code: name, ...(typeof text === 'string' && { message: text }) };
};

/** POSTs one operation's JSON payload and returns the parsed JSON answer. */
export const callJson = async (
  { send, endpoint }: AwsTarget,
  service: JsonService,
  operation: string,
  payload: string,
): Promise<unknown> => {
  const call: AwsCall = {
    service: service.service,
    operation,
    url: `${endpoint.url}/`,
    method: 'POST',
    headers: {
      'content-type': `application/x-amz-json-${service.version}`,
      'x-amz-target': `${service.targetPrefix}.${operation}`,
    },
    body: payload,
    parseError: parseJsonError,
  };
  const response = await send(call);
  const text = await readBoundedText(response, service.maxResponseBytes, call);
  return text === '' ? {} : JSON.parse(text);
};

/** A response body as text, failing (not truncating) past `limit` bytes. */
export const readBoundedText = async (
  response: WireResponse,
  limit: number,
  call: CallName,
): Promise<string> => {
  const { bytes, complete } = await readBodyAtMost(response.body, limit);
  if (!complete) {
    throw new Error(`${call.service} ${call.operation} answered more than ${limit} bytes`);
  }
  return utf8Of(bytes);
};
