import { gzipSync } from 'node:zlib';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '#local/emulators/free-port.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { createS3ObjectSource } from '#shared/adapters/s3-object-source.ts';
import { TransientError } from '#shared/domain/errors.ts';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import {
  CLIENT_KINDS,
  emulatorApis,
  emulatorClients,
  refusedApis,
  uniqueName,
} from './support/emulator-clients.ts';
import { createTestPipeline, type TestPipeline } from './support/test-deps.ts';

const refFor = (key: string, extra: Partial<ObjectRef> = {}): ObjectRef => ({
  bucket: TEST_BUCKETS.articles,
  key,
  change: 'created',
  eventName: 'ObjectCreated:Put',
  eventTime: '2025-11-05T09:14:03.512Z',
  sequencer: '0A',
  ...extra,
});

describe.each(CLIENT_KINDS)('S3 object source (%s client)', (kind) => {
  let pipeline: TestPipeline;
  let prefix: string;

  beforeAll(async () => {
    pipeline = await createTestPipeline(kind);
    prefix = uniqueName('source');
  });

  it('returns the bytes, size, content type and unquoted eTag of an object', async () => {
    const key = `${prefix}/Über uns + Café.txt`;
    await pipeline.putObject(key, 'Hello, harbour.');

    const result = await pipeline.deps.source.fetchObject(refFor(key), { maxBytes: 1024 });

    expect(result).toMatchObject({
      kind: 'found',
      size: 15,
      contentType: expect.any(String),
      eTag: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(result.kind === 'found' && new TextDecoder().decode(result.bytes)).toBe(
      'Hello, harbour.',
    );
  });

  it('reads the object when the event names a version', async () => {
    const key = `${prefix}/versioned.txt`;
    await pipeline.putObject(key, 'Version one.');

    const result = await pipeline.deps.source.fetchObject(refFor(key, { versionId: 'v1' }), {
      maxBytes: 1024,
    });

    expect(result.kind).toBe('found');
  });

  it.each([
    'spaces and unicode/Über uns – Café.txt',
    'plus+and%percent.txt',
    'hash#and?question.txt',
    "rfc3986!'()*.txt",
    'sub/dir/=&;:@$,~.txt',
    // Dot segments are key text to S3: a URL parser must not resolve them away.
    'up/../dots/./here.txt',
  ])('reads and heads the object under a key with special characters: %s', async (name) => {
    const key = `${prefix}/${name}`;
    await pipeline.putObject(key, name);

    const result = await pipeline.deps.source.fetchObject(refFor(key), { maxBytes: 1024 });

    expect(result.kind === 'found' && new TextDecoder().decode(result.bytes)).toBe(name);
    expect(await pipeline.deps.source.headObject(refFor(key))).toBe('present');
  });

  it('reads an object stored with Content-Encoding gzip as stored, not decoded', async () => {
    const key = `${prefix}/encoded.txt.gz`;
    const stored = gzipSync(Buffer.from('Hello, harbour. '.repeat(20)));
    await pipeline.clients.s3.send(
      new PutObjectCommand({
        Bucket: TEST_BUCKETS.articles,
        Key: key,
        Body: stored,
        ContentEncoding: 'gzip',
      }),
    );

    const result = await pipeline.deps.source.fetchObject(refFor(key), { maxBytes: 1024 });

    expect(result.kind === 'found' && result.bytes).toEqual(new Uint8Array(stored));
  });

  it('heads an object that is gone as absent', async () => {
    expect(await pipeline.deps.source.headObject(refFor(`${prefix}/gone.txt`))).toBe('absent');
  });

  it('reports an object that is gone as missing', async () => {
    const result = await pipeline.deps.source.fetchObject(refFor(`${prefix}/gone.txt`), {
      maxBytes: 1024,
    });

    expect(result).toEqual({ kind: 'missing' });
  });

  it('reports an object over maxBytes as too large without returning its bytes', async () => {
    const key = `${prefix}/big.txt`;
    await pipeline.putObject(key, 'x'.repeat(2048));

    const result = await pipeline.deps.source.fetchObject(refFor(key), { maxBytes: 1024 });

    expect(result).toEqual({ kind: 'too-large', size: 2048 });
  });

  it('reads an object of exactly maxBytes', async () => {
    const key = `${prefix}/exact.txt`;
    await pipeline.putObject(key, 'x'.repeat(1024));

    const result = await pipeline.deps.source.fetchObject(refFor(key), { maxBytes: 1024 });

    expect(result.kind).toBe('found');
  });

  it('throws TransientError when S3 does not answer', async () => {
    const source = createS3ObjectSource(refusedApis(kind, await findFreePort()).s3);

    const error = await source.fetchObject(refFor('any.txt'), { maxBytes: 1 }).catch((e) => e);

    expect(error).toBeInstanceOf(TransientError);
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe.each(CLIENT_KINDS)('S3 content store (%s client)', (kind) => {
  it('stores the JSON under the key and returns where it lives', async () => {
    const { s3 } = emulatorClients();
    const store = createS3ContentStore(emulatorApis(kind).s3, TEST_BUCKETS.content);
    const key = `articles/${uniqueName('content')}/0001.json`;

    const location = await store.putContent(key, '{"body":"Ça va"}');

    expect(location).toEqual({ bucket: TEST_BUCKETS.content, key });
    const stored = await s3.send(
      new GetObjectCommand({ Bucket: location.bucket, Key: location.key }),
    );
    expect(await stored.Body?.transformToString()).toBe('{"body":"Ça va"}');
  });

  it('reads stored content back from where a record says it lives', async () => {
    const store = createS3ContentStore(emulatorApis(kind).s3, TEST_BUCKETS.content);
    const key = `articles/${uniqueName('content')}/0002.json`;
    const location = await store.putContent(key, '{"body":"Ça va"}');

    expect(await store.getContent(location)).toBe('{"body":"Ça va"}');
  });

  it('throws TransientError when the bucket does not exist', async () => {
    const store = createS3ContentStore(emulatorApis(kind).s3, 'no-such-bucket');

    await expect(store.putContent('a.json', '{}')).rejects.toBeInstanceOf(TransientError);
    await expect(
      store.getContent({ bucket: 'no-such-bucket', key: 'a.json' }),
    ).rejects.toBeInstanceOf(TransientError);
  });
});
