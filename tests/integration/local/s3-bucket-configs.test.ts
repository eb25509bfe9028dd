import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DeleteBucketCorsCommand,
  GetBucketCorsCommand,
  PutBucketCorsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '#local/emulators/s3-server.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';

const BUCKET = 'configs';
const CORS = {
  CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['http://127.0.0.1:8000'] }],
};

let dir: string;
let server: S3Server;
let client: S3Client;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bucket-configs-'));
  server = await startS3Server({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
  client = s3rverClient(server.endpoint, 'eu-west-1');
});

afterAll(async () => {
  client.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const corsFiles = () =>
  readdirSync(path.join(dir, 's3', BUCKET)).filter((name) => name.includes('cors'));

describe('bucket configurations on the local S3 server', () => {
  it('serves a bucket configuration as last written, read from disk once', async () => {
    await client.send(new PutBucketCorsCommand({ Bucket: BUCKET, CORSConfiguration: CORS }));
    const first = await client.send(new GetBucketCorsCommand({ Bucket: BUCKET }));
    // Gone from disk behind the server's back: it is this process's to write, so the
    // copy it read stands (s3rver reads it on every request otherwise).
    for (const name of corsFiles()) rmSync(path.join(dir, 's3', BUCKET, name));

    const second = await client.send(new GetBucketCorsCommand({ Bucket: BUCKET }));

    expect(first.CORSRules).toEqual(second.CORSRules);
    expect(second.CORSRules?.[0]?.AllowedOrigins).toEqual(CORS.CORSRules[0]?.AllowedOrigins);
  });

  it('forgets a configuration once it is deleted or replaced', async () => {
    await client.send(new PutBucketCorsCommand({ Bucket: BUCKET, CORSConfiguration: CORS }));
    await client.send(new GetBucketCorsCommand({ Bucket: BUCKET }));
    const replaced = { CORSRules: [{ AllowedMethods: ['PUT'], AllowedOrigins: ['*'] }] };

    await client.send(new PutBucketCorsCommand({ Bucket: BUCKET, CORSConfiguration: replaced }));
    const after = await client.send(new GetBucketCorsCommand({ Bucket: BUCKET }));
    await client.send(new DeleteBucketCorsCommand({ Bucket: BUCKET }));

    expect(after.CORSRules?.[0]?.AllowedMethods).toEqual(['PUT']);
    await expect(client.send(new GetBucketCorsCommand({ Bucket: BUCKET }))).rejects.toThrow(/CORS/);
  });
});
