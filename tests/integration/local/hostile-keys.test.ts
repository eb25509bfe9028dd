import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import type { S3NotificationRecord } from '#local/s3-events/s3-record.ts';
import { createS3EventBridge } from '#local/s3-events/s3rver-bridge.ts';
import { openSequencer } from '#local/s3-events/sequencer.ts';
import { decodeS3Key } from '#shared/events/s3-key-encoding.ts';

const BUCKET = 'hostile-bucket';
const HOSTILE_KEYS = {
  parentSegments: '../../escaped.txt',
  longSegment: `deep/${'s'.repeat(300)}.txt`,
  maxLength: 'k'.repeat(1024),
  controls: 'ctl/\u001b[31mred\u202etxt.exe\u0007.txt',
};

let root: string;
let dataDir: string;
let server: S3Server;
let client: S3Client;
const published: S3NotificationRecord[] = [];

beforeAll(async () => {
  // The data dir sits two levels down, so `../../` from a bucket would land in `root`.
  root = mkdtempSync(path.join(tmpdir(), 'hostile-keys-'));
  dataDir = path.join(root, 'a', 'data');
  mkdirSync(dataDir, { recursive: true });
  const bridge = createS3EventBridge({
    buckets: [{ logicalId: 'Hostile', name: BUCKET, versioned: false }],
    notifications: [
      {
        id: 'all',
        bucket: BUCKET,
        queueLogicalId: 'Q',
        events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
        filter: {},
      },
    ],
    sequencer: openSequencer(path.join(root, 'sequencer')),
    region: 'us-east-1',
    publish: (_queue, record) => published.push(record),
  });
  server = await startS3Server({
    directory: dataDir,
    buckets: [BUCKET],
    configure: bridge.install,
  });
  client = s3rverClient(server.endpoint, 'us-east-1', {
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

const put = (key: string, body: string) =>
  client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));

const read = async (key: string) =>
  (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body?.transformToString();

/** Every file under `dir`, as paths relative to `root`. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));

describe('keys S3 accepts but a file system does not', () => {
  it('stores, reads back and lists each hostile key unchanged', async () => {
    for (const [name, key] of Object.entries(HOSTILE_KEYS)) await put(key, `body of ${name}`);

    const bodies = await Promise.all(Object.values(HOSTILE_KEYS).map(read));
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));

    expect(bodies).toEqual(Object.keys(HOSTILE_KEYS).map((name) => `body of ${name}`));
    expect(listed.Contents?.map((object) => object.Key)).toEqual(
      expect.arrayContaining(Object.values(HOSTILE_KEYS)),
    );
  });

  it('publishes events that carry the original key, URL-encoded', async () => {
    const from = published.length;

    await put(HOSTILE_KEYS.parentSegments, 'again');
    const [record] = published.slice(from);

    expect(decodeS3Key(record?.s3.object.key ?? '')).toBe(HOSTILE_KEYS.parentSegments);
  });

  it('creates no file outside the data dir, whatever the key', async () => {
    await put('../../../../outside.txt', 'x');
    await client.send(
      new CopyObjectCommand({
        Bucket: BUCKET,
        Key: '../copied.txt',
        CopySource: `${BUCKET}/${encodeURIComponent(HOSTILE_KEYS.parentSegments)}`,
      }),
    );

    const outside = filesUnder(root).filter(
      (file) => !file.startsWith(`a${path.sep}data${path.sep}`) && file !== 'sequencer',
    );

    expect(outside).toEqual([]);
    expect(await read('../copied.txt')).toBe('again');
  });

  it('deletes a ../ key without touching folders outside its bucket', async () => {
    await client.send(
      new DeleteObjectCommand({ Bucket: BUCKET, Key: HOSTILE_KEYS.parentSegments }),
    );

    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));

    expect(listed.Contents?.map((object) => object.Key)).not.toContain(HOSTILE_KEYS.parentSegments);
    expect(readdirSync(path.join(root, 'a'))).toEqual(['data']);
  });

  it("refuses a 1025-byte key with S3's KeyTooLongError and keeps serving", async () => {
    const failure = await put('k'.repeat(1025), 'x').catch((error: unknown) => error);

    const after = await read(HOSTILE_KEYS.maxLength);

    expect(failure).toMatchObject({ name: 'KeyTooLongError', $metadata: { httpStatusCode: 400 } });
    expect(after).toBe('body of maxLength');
  });

  it('refuses a key that is not UTF-8 with InvalidURI', async () => {
    const response = await fetch(`${server.endpoint}/${BUCKET}/bad%FF%FEkey`);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>InvalidURI</Code>');
  });

  it('refuses an upload id that would be joined into a path', async () => {
    const response = await fetch(
      `${server.endpoint}/${BUCKET}/part?uploadId=..%2F..%2F..%2Fowned&partNumber=1`,
      { method: 'PUT', body: 'x' },
    );

    expect(response.status).toBe(404);
    expect(filesUnder(root).some((file) => file.includes('owned'))).toBe(false);
  });
});
