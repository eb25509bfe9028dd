import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '#shared/adapters/aws-http/aws-env.ts';
import { AwsNetworkError, AwsServiceError } from '#shared/adapters/aws-http/aws-error.ts';
import { type AwsCall, createAwsSender } from '#shared/adapters/aws-http/aws-request.ts';
import { parseJsonError } from '#shared/adapters/aws-http/json-protocol.ts';
import type { Transport } from '#shared/adapters/aws-http/node-transport.ts';
import { readBodyAtMost, utf8Of } from '#shared/adapters/aws-http/read-body.ts';
import { parseXmlError } from '#shared/adapters/aws-http/s3-http-api.ts';
import { jsonAnswer, recordedSleep, scriptedTransport } from './fake-transport.ts';

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

const call: AwsCall = {
  service: 'DynamoDB',
  operation: 'PutItem',
  url: 'https://dynamodb.eu-west-1.amazonaws.com/',
  method: 'POST',
  headers: {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': 'DynamoDB_20120810.PutItem',
  },
  body: '{}',
  parseError: parseJsonError,
};

const senderWith = (transport: Transport, credentials: AwsCredentials = CREDENTIALS) => {
  const { waits, sleep } = recordedSleep();
  const send = createAwsSender('dynamodb', {
    credentials,
    region: 'eu-west-1',
    transport,
    sleep,
    random: () => 1,
  });
  return { send, waits };
};

const dynamoError = (status: number, code: string) =>
  jsonAnswer(status, { __type: `com.amazonaws.dynamodb.v20120810#${code}`, message: 'no' });

describe('AWS calls over a transport', () => {
  it('signs each request with SigV4 for the service and region, session token included', async () => {
    const fake = scriptedTransport(jsonAnswer(200, {}));
    const { send } = senderWith(fake.transport, { ...CREDENTIALS, sessionToken: 'token' });

    await send(call);

    const [request] = fake.requests;
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/,
    );
    expect(request?.headers['x-amz-security-token']).toBe('token');
  });

  it('retries a 5xx with jittered exponential waits, then answers', async () => {
    const fake = scriptedTransport(
      dynamoError(500, 'InternalServerError'),
      dynamoError(503, 'ServiceUnavailable'),
      jsonAnswer(200, { ok: true }),
    );
    const { send, waits } = senderWith(fake.transport);

    const response = await send(call);

    expect(JSON.parse(utf8Of((await readBodyAtMost(response.body, 100)).bytes))).toEqual({
      ok: true,
    });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up on throttling after three attempts, naming service, operation and code', async () => {
    const fake = scriptedTransport(dynamoError(400, 'ProvisionedThroughputExceededException'));
    const { send } = senderWith(fake.transport);

    const error = await send(call).catch((e) => e);

    expect(fake.requests).toHaveLength(3);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error.name).toBe('ProvisionedThroughputExceededException');
    expect(error.message).toBe(
      'DynamoDB PutItem failed: ProvisionedThroughputExceededException (HTTP 400): no',
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('never retries a failed condition', async () => {
    const fake = scriptedTransport(dynamoError(400, 'ConditionalCheckFailedException'));
    const { send, waits } = senderWith(fake.transport);

    const error = await send(call).catch((e) => e);

    expect(error.name).toBe('ConditionalCheckFailedException');
    expect(fake.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a 429 but no other 4xx', async () => {
    const throttled = scriptedTransport({ status: 429 }, jsonAnswer(200, {}));
    expect((await senderWith(throttled.transport).send(call)).status).toBe(200);

    const denied = scriptedTransport(dynamoError(403, 'AccessDeniedException'));
    await expect(senderWith(denied.transport).send(call)).rejects.toThrow(/AccessDeniedException/);
    expect(denied.requests).toHaveLength(1);
  });

  it('retries a network failure and then throws it, named, with its cause', async () => {
    const fake = scriptedTransport(new Error('socket hang up'));
    const { send, waits } = senderWith(fake.transport);

    const error = await send(call).catch((e) => e);

    expect(error).toBeInstanceOf(AwsNetworkError);
    expect(error.message).toBe('DynamoDB PutItem got no response: socket hang up');
    expect(error.cause).toBeInstanceOf(Error);
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('abandons an attempt that has not answered within the timeout, and retries it', async () => {
    let attempts = 0;
    const hanging: Transport = (_, signal) => {
      attempts += 1;
      return new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    };
    const send = createAwsSender('dynamodb', {
      credentials: CREDENTIALS,
      region: 'eu-west-1',
      transport: hanging,
      sleep: recordedSleep().sleep,
      timeoutMs: 5,
    });

    const error = await send(call).catch((e) => e);

    expect(error).toBeInstanceOf(AwsNetworkError);
    expect(error.cause.name).toBe('TimeoutError');
    expect(attempts).toBe(3);
  });

  it('names an S3 error by its XML code and keeps the rest of the body out of the message', async () => {
    const body =
      '<Error><Code>NoSuchBucket</Code><Message>The bucket does not exist</Message><Secret>x</Secret></Error>';
    const fake = scriptedTransport({ status: 404, body });
    const { send } = senderWith(fake.transport);

    const error = await send({
      ...call,
      service: 'S3',
      operation: 'GetObject',
      parseError: parseXmlError,
    }).catch((e) => e);

    expect(error.name).toBe('NoSuchBucket');
    expect(error.message).toBe(
      'S3 GetObject failed: NoSuchBucket (HTTP 404): The bucket does not exist',
    );
  });

  it('names a bodiless error by its status, as a HEAD 404 is NotFound', async () => {
    const fake = scriptedTransport({ status: 404 });
    const { send } = senderWith(fake.transport);

    const error = await send({
      ...call,
      method: 'HEAD',
      body: undefined,
      parseError: parseXmlError,
    }).catch((e) => e);

    expect(error.name).toBe('NotFound');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });
});

describe('parseJsonError', () => {
  it.each([
    [
      '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException"}',
      'ResourceNotFoundException',
    ],
    ['{"__type":"ValidationException","Message":"bad"}', 'ValidationException'],
    ['{"code":"ThrottlingException:http://internal"}', 'ThrottlingException'],
  ])('reads the code of %s', (body, code) => {
    expect(parseJsonError(body)?.code).toBe(code);
  });

  it('reads no code from a body that is not JSON or names none', () => {
    expect(parseJsonError('<html>')).toBeUndefined();
    expect(parseJsonError('{"message":"x"}')).toBeUndefined();
  });
});
