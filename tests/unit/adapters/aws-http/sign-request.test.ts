import { AwsV4Signer } from 'aws4fetch';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '#shared/adapters/aws-http/aws-env.ts';
import { type AwsService, endpointFor } from '#shared/adapters/aws-http/endpoints.ts';
import { objectTarget } from '#shared/adapters/aws-http/s3-urls.ts';
import { amzDate, signRequest } from '#shared/adapters/aws-http/sign-request.ts';

/** A small seeded generator (mulberry32): the same cases on every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const textOf = (random: Random, pieces: readonly string[], max: number): string =>
  Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(random, pieces)).join('');

/** Key text S3 allows and URL handling gets wrong: dot segments, spaces, unicode, + and %. */
const KEY_PIECES = [
  'a',
  'Z',
  '0',
  '-',
  '_',
  '~',
  '.',
  '..',
  '/',
  '//',
  ' ',
  '+',
  '%',
  '%20',
  '%2F',
  '#',
  '?',
  '&',
  '=',
  ';',
  ':',
  '@',
  '$',
  ',',
  "'",
  '!',
  '(',
  ')',
  '*',
  '[',
  ']',
  'é',
  'ß',
  '中文',
  'עברית',
  '😀',
  '\u00a0',
  'in/',
  '../',
  './',
];
const JSON_PIECES = ['x', ' ', '"', '\\', 'é', '中', '😀', '\n', '\t', '{}', '%', '+'];
const BUCKETS = ['articles', 'content-bucket-1', 'my.dotted.bucket', 'Upper_Case'];
const REGIONS = ['eu-west-1', 'us-east-1', 'cn-north-1', 'ap-southeast-2'];
const ENDPOINTS = [
  {},
  { AWS_ENDPOINT_URL: 'http://127.0.0.1:4569' },
  { AWS_ENDPOINT_URL: 'http://localhost:8000/base' },
];

interface Case {
  service: AwsService;
  region: string;
  credentials: AwsCredentials;
  datetime: string;
  url: string;
  path?: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const credentialsOf = (random: Random): AwsCredentials => ({
  accessKeyId: `AKIA${Math.floor(random() * 1e12)}`,
  secretAccessKey: textOf(random, ['a', 'B', '9', '/', '+'], 40),
  ...(random() < 0.5 && { sessionToken: textOf(random, ['Fw', 'o', 'G', '/', '+', '='], 60) }),
});

const s3Case = (random: Random, common: Omit<Case, 'url' | 'method' | 'headers'>): Case => {
  const env = pick(random, ENDPOINTS);
  const target = objectTarget(endpointFor('s3', common.region, env), common.region, {
    Bucket: pick(random, BUCKETS),
    Key: textOf(random, KEY_PIECES, 12),
    ...(random() < 0.5 && { VersionId: textOf(random, ['3HL4', '.', '_', '+', '/'], 8) }),
  });
  const method = pick(random, ['GET', 'HEAD', 'PUT']);
  if (method !== 'PUT') return { ...common, ...target, method, headers: {} };
  const body = random() < 0.5 ? textOf(random, JSON_PIECES, 50) : new Uint8Array([0, 255, 31]);
  const headers: Record<string, string> =
    random() < 0.5 ? { 'content-type': 'application/json; charset=utf-8' } : {};
  return { ...common, ...target, method, headers, body };
};

const jsonCase = (random: Random, common: Omit<Case, 'url' | 'method' | 'headers'>): Case => {
  const dynamo = common.service === 'dynamodb';
  const env = pick(random, ENDPOINTS);
  return {
    ...common,
    url: `${endpointFor(common.service, common.region, env).url}/`,
    method: 'POST',
    headers: {
      'content-type': `application/x-amz-json-${dynamo ? '1.0' : '1.1'}`,
      'x-amz-target': dynamo ? 'DynamoDB_20120810.PutItem' : 'AWSEvents.PutEvents',
    },
    body: JSON.stringify({ TableName: 'T', Item: { id: { S: textOf(random, JSON_PIECES, 80) } } }),
  };
};

const caseOf = (random: Random): Case => {
  const service = pick(random, ['s3', 's3', 'dynamodb', 'events'] as const);
  const common = {
    service,
    region: pick(random, REGIONS),
    credentials: credentialsOf(random),
    datetime: amzDate(new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 3e11))),
  };
  return service === 's3' ? s3Case(random, common) : jsonCase(random, common);
};

const ours = (c: Case): Record<string, string> => {
  const url = new URL(c.url);
  const body = c.body === undefined ? undefined : Buffer.from(c.body);
  const request = {
    method: c.method,
    host: url.host,
    path: `${c.path ?? url.pathname}${url.search}`,
    headers: c.headers,
    ...(body !== undefined && { body }),
  };
  const scope = { credentials: c.credentials, service: c.service, region: c.region };
  return signRequest(request, scope, c.datetime);
};

/** aws4fetch as the client used it before: the same inputs, the S3 path signed as given. */
const aws4fetchOf = async (c: Case): Promise<Headers> => {
  const { credentials, service, region, datetime, url, method, headers, body } = c;
  const signer = new AwsV4Signer({
    ...credentials,
    service,
    region,
    datetime,
    url,
    method,
    headers,
    body,
  });
  if (c.path !== undefined) signer.encodedPath = c.path;
  return (await signer.sign()).headers;
};

const signedNames = (authorization: string): string[] =>
  /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];

describe('signRequest', () => {
  it('signs 600 generated requests as aws4fetch does: the same Authorization and signed headers', async () => {
    const random = seeded(20261203);
    for (let i = 0; i < 600; i++) {
      const c = caseOf(random);
      const signed = ours(c);
      const expected = await aws4fetchOf(c);

      const label = `${c.method} ${c.url} (${c.path})`;
      expect(signed.authorization, label).toBe(expected.get('authorization'));
      for (const name of signedNames(signed.authorization ?? '')) {
        const value = name === 'host' ? new URL(c.url).host : expected.get(name);
        expect(signed[name], `${label}: ${name}`).toBe(value);
      }
    }
  });

  it('sends the S3 payload unsigned, the session token, and the length of a body', () => {
    const signed = signRequest(
      {
        method: 'PUT',
        host: 'b.s3.eu-west-1.amazonaws.com',
        path: '/a/../b',
        body: Buffer.from('é'),
      },
      {
        credentials: { accessKeyId: 'AK', secretAccessKey: 's', sessionToken: 't' },
        service: 's3',
        region: 'eu-west-1',
      },
      '20261203T210000Z',
    );

    expect(signed).toMatchObject({
      host: 'b.s3.eu-west-1.amazonaws.com',
      'x-amz-date': '20261203T210000Z',
      'x-amz-security-token': 't',
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      'content-length': '2',
    });
    expect(signed.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AK\/20261203\/eu-west-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });
});
