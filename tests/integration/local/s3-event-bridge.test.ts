import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import type { S3NotificationRecord } from '#local/s3-events/s3-record.ts';
import { createS3EventBridge } from '#local/s3-events/s3rver-bridge.ts';
import { openSequencer } from '#local/s3-events/sequencer.ts';
import type { BucketWiring, NotificationWiring } from '#local/template/wiring.ts';

const BUCKETS: BucketWiring[] = [
  { logicalId: 'Versioned', name: 'versioned', versioned: true },
  { logicalId: 'Plain', name: 'plain', versioned: false },
];
const NOTIFICATIONS: NotificationWiring[] = [
  {
    id: 'created',
    bucket: 'versioned',
    queueLogicalId: 'Q',
    events: ['s3:ObjectCreated:*'],
    filter: {},
  },
  {
    id: 'removed',
    bucket: 'versioned',
    queueLogicalId: 'Q',
    events: ['s3:ObjectRemoved:*'],
    filter: {},
  },
  {
    id: 'plain',
    bucket: 'plain',
    queueLogicalId: 'Q',
    events: ['s3:ObjectRemoved:*', 's3:ObjectCreated:*'],
    filter: { suffix: '.txt' },
  },
];

let dir: string;
let server: S3Server;
let client: S3Client;
const published: S3NotificationRecord[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bridge-'));
  const bridge = createS3EventBridge({
    buckets: BUCKETS,
    notifications: NOTIFICATIONS,
    sequencer: openSequencer(path.join(dir, 'sequencer')),
    region: 'eu-west-1',
    publish: (_queue, record) => published.push(record),
  });
  server = await startS3Server({
    directory: path.join(dir, 's3'),
    buckets: BUCKETS.map((b) => b.name),
    configure: bridge.install,
  });
  client = s3rverClient(server.endpoint, 'eu-west-1');
});

afterAll(async () => {
  client.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The records published while `act` ran. */
const recordsOf = async (act: () => Promise<unknown>) => {
  const from = published.length;
  await act();
  return published.slice(from);
};

describe('the s3rver event bridge', () => {
  it('publishes a real-shaped record with the key URL-encoded', async () => {
    const body = 'hello world';

    const [record, ...rest] = await recordsOf(() =>
      client.send(
        new PutObjectCommand({ Bucket: 'versioned', Key: 'dir/a b+c é.txt', Body: body }),
      ),
    );

    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventName: 'ObjectCreated:Put',
      s3: {
        configurationId: 'created',
        bucket: { name: 'versioned', arn: 'arn:aws:s3:::versioned' },
        object: {
          key: 'dir/a+b%2Bc+%C3%A9.txt',
          size: body.length,
          eTag: '5eb63bbbe01eeed093cb22bb8f5acdc3',
        },
      },
    });
    expect(record?.requestParameters.sourceIPAddress).toBe('127.0.0.1');
  });

  it('gives later events on a key greater sequencers', async () => {
    const put = () =>
      client.send(new PutObjectCommand({ Bucket: 'versioned', Key: 'seq.txt', Body: 'x' }));

    const records = [
      ...(await recordsOf(put)),
      ...(await recordsOf(put)),
      ...(await recordsOf(put)),
    ];

    const sequencers = records.map((r) => r.s3.object.sequencer);
    expect(sequencers).toHaveLength(3);
    expect([...sequencers].sort()).toEqual(sequencers);
    expect(new Set(sequencers).size).toBe(3);
  });

  it('reports a completed multipart upload as CompleteMultipartUpload', async () => {
    const key = 'multi part.txt';

    const records = await recordsOf(async () => {
      const { UploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: 'versioned', Key: key }),
      );
      const { ETag } = await client.send(
        new UploadPartCommand({
          Bucket: 'versioned',
          Key: key,
          UploadId,
          PartNumber: 1,
          Body: 'part one',
        }),
      );
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: 'versioned',
          Key: key,
          UploadId,
          MultipartUpload: { Parts: [{ ETag, PartNumber: 1 }] },
        }),
      );
    });

    expect(records.map((r) => [r.eventName, r.s3.object.key])).toEqual([
      ['ObjectCreated:CompleteMultipartUpload', 'multi+part.txt'],
    ]);
  });

  it('reports a delete on a versioned bucket as the delete marker S3 creates', async () => {
    await client.send(new PutObjectCommand({ Bucket: 'versioned', Key: 'gone.txt', Body: 'x' }));

    const records = await recordsOf(() =>
      client.send(new DeleteObjectCommand({ Bucket: 'versioned', Key: 'gone.txt' })),
    );

    expect(records.map((r) => [r.eventName, r.s3.configurationId])).toEqual([
      ['ObjectRemoved:DeleteMarkerCreated', 'removed'],
    ]);
    expect(records[0]?.s3.object.size).toBeUndefined();
  });

  it('reports a delete on an unversioned bucket as Delete', async () => {
    await client.send(new PutObjectCommand({ Bucket: 'plain', Key: 'gone.txt', Body: 'x' }));

    const records = await recordsOf(() =>
      client.send(new DeleteObjectCommand({ Bucket: 'plain', Key: 'gone.txt' })),
    );

    expect(records.map((r) => r.eventName)).toEqual(['ObjectRemoved:Delete']);
  });

  it("drops events the bucket's notification filters exclude", async () => {
    const records = await recordsOf(() =>
      client.send(new PutObjectCommand({ Bucket: 'plain', Key: 'image.png', Body: 'x' })),
    );

    expect(records).toEqual([]);
  });
});
