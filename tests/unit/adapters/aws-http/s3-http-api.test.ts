import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import type { Transport } from '#shared/adapters/aws-http/node-transport.ts';
import { createS3ObjectSource } from '#shared/adapters/s3-object-source.ts';
import { TransientError } from '#shared/domain/errors.ts';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import { recordedSleep, scriptedTransport, sentUrl, TEST_ENV } from './fake-transport.ts';

const ref: ObjectRef = {
  bucket: 'articles',
  key: 'in/a b.txt',
  versionId: 'v1',
  change: 'created',
  eventName: 'ObjectCreated:Put',
  eventTime: '2025-11-05T09:14:03.512Z',
  sequencer: '0A',
};

const sourceOver = (transport: Transport) =>
  createS3ObjectSource(httpAwsClients(TEST_ENV, { transport, sleep: recordedSleep().sleep }).s3());

/** A body of `chunks` chunks of 1 KiB that declares no length, recording how far it was read. */
const undeclaredBody = (chunks: number) => {
  const state = { pulled: 0, cancelled: false };
  const body = () =>
    new Readable({
      read() {
        state.pulled += 1;
        this.push(state.pulled > chunks ? null : Buffer.alloc(1024));
      },
      destroy(error, callback) {
        state.cancelled = true;
        callback(error);
      },
    });
  return { body, state };
};

describe('S3 over its REST protocol, through the object source', () => {
  it('gets the version the event names, virtual-hosted, and reads its headers', async () => {
    const fake = scriptedTransport({
      status: 200,
      headers: { 'content-type': 'text/plain', etag: '"abc"', 'x-amz-version-id': 'v1' },
      body: 'Hello',
    });

    const result = await sourceOver(fake.transport).fetchObject(ref, { maxBytes: 10 });

    expect(sentUrl(fake.requests[0])).toBe(
      'https://articles.s3.eu-west-1.amazonaws.com/in/a%20b.txt?versionId=v1',
    );
    expect(fake.requests[0]?.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(result).toEqual({
      kind: 'found',
      bytes: new TextEncoder().encode('Hello'),
      size: 5,
      contentType: 'text/plain',
      versionId: 'v1',
      eTag: 'abc',
    });
  });

  it('stops reading a body that declares no length once it passes maxBytes', async () => {
    const { body, state } = undeclaredBody(1000);
    const fake = scriptedTransport({ status: 200, body });

    const result = await sourceOver(fake.transport).fetchObject(ref, { maxBytes: 4096 });

    expect(result.kind).toBe('too-large');
    expect(result.kind === 'too-large' && result.size).toBeGreaterThan(4096);
    expect(state.pulled).toBeLessThan(20);
  });

  it('reports a missing key as missing, without retrying', async () => {
    const fake = scriptedTransport({ status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' });

    expect(await sourceOver(fake.transport).fetchObject(ref, { maxBytes: 10 })).toEqual({
      kind: 'missing',
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('heads a delete marker version (405) as absent', async () => {
    const fake = scriptedTransport({ status: 405 });

    expect(await sourceOver(fake.transport).headObject(ref)).toBe('absent');
    expect(fake.requests[0]?.method).toBe('HEAD');
  });

  it('throws TransientError when S3 keeps failing, after three attempts', async () => {
    const fake = scriptedTransport({ status: 503, body: '<Error><Code>SlowDown</Code></Error>' });

    const error = await sourceOver(fake.transport)
      .fetchObject(ref, { maxBytes: 10 })
      .catch((e) => e);

    expect(error).toBeInstanceOf(TransientError);
    expect(error.cause.name).toBe('SlowDown');
    expect(fake.requests).toHaveLength(3);
  });
});
