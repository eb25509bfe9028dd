import { Readable } from 'node:stream';
import type {
  Transport,
  WireRequest,
  WireResponse,
} from '#shared/adapters/aws-http/node-transport.ts';

/** A scripted answer's parts: a status, its headers and a body (text or a stream). */
export interface AnswerSpec {
  status: number;
  headers?: Record<string, string>;
  body?: string | (() => Readable);
}

/** One scripted answer (a fresh response each use), or a network failure. */
export type Answer = AnswerSpec | Error;

const responseOf = ({ status, headers = {}, body = '' }: AnswerSpec): WireResponse => ({
  status,
  headers,
  body: typeof body === 'string' ? Readable.from([Buffer.from(body)]) : body(),
});

/**
 * A transport that answers from a script, in order, and records what it was sent: the
 * requests the client signs are what the tests look at. The last answer repeats.
 */
export const scriptedTransport = (...answers: Answer[]) => {
  const requests: WireRequest[] = [];
  const bodies: string[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    bodies.push(request.body?.toString('utf8') ?? '');
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (!answer) throw new Error('no answer scripted');
    return responseOf(answer);
  };
  return { transport, requests, bodies };
};

/** Where a recorded request went: its origin and the path as sent. */
export const sentUrl = (request: WireRequest | undefined): string =>
  request ? `${request.url.origin}${request.path}` : '';

export const jsonAnswer = (status: number, body: unknown): AnswerSpec => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.0' },
  body: JSON.stringify(body),
});

export const TEST_ENV = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
};

/** Records the waits instead of waiting. */
export const recordedSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};
