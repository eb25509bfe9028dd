import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildS3Record } from '#local/s3-events/s3-record.ts';
import type { LocalStack } from '#local/stack/start-local-stack.ts';
import { runCli } from '../../unit/cli/run-cli.ts';
import { type InProcessStack, startInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (only when cdk.out is missing) and two JVM starts take a while on 2 cores. */
const SETUP_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 60_000;

/** Above every sequencer the stack's own bridge issues, and below all of them. */
const NEWEST = 'F'.repeat(32);
const NEWER = `${'F'.repeat(31)}E`;
const OLDEST = '1';

const STORY = 'date 2025-11-05\nA replayed story about the tram line.\n\nIt has two paragraphs.\n';

let dataDir: string;
let stack: LocalStack;
let s3: S3Client;

let running: InProcessStack | undefined;

beforeAll(async () => {
  running = await startInProcessStack('replay-outcomes-');
  ({ stack, dataDir, s3 } = running);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await running?.stop();
});

let written = 0;
/** An S3 notification for `key` with a sequencer of our choosing, saved as an event file. */
const eventFile = (key: string, sequencer: string, eventName = 'ObjectCreated:Put'): string => {
  const record = buildS3Record(
    { eventName, bucket: 'any-bucket', key, sequencer, eventTime: new Date() },
    'replay-test',
    stack.info.region,
  );
  written += 1;
  const file = path.join(dataDir, `event-${written}.json`);
  writeFileSync(file, JSON.stringify({ Records: [record] }));
  return file;
};

const replay = (...args: string[]) => runCli('replay', ...args, '--data-dir', dataDir);

const put = (key: string, body: string | Uint8Array) =>
  s3.send(new PutObjectCommand({ Bucket: stack.info.articlesBucket, Key: key, Body: body }));

describe('article-ingest replay reports what the function did with each object', () => {
  it(
    'says ingested for a good file, then stale for an older event of it',
    async () => {
      await put('tram line.txt', STORY);

      const fresh = await replay(eventFile('tram line.txt', NEWER));
      const old = await replay(eventFile('tram line.txt', OLDEST));

      expect(fresh.out).toContain('tram line.txt (ObjectCreated:Put) -> ingested');
      expect(fresh.out).toContain('1 object: 1 ingested');
      expect(fresh.code).toBe(0);
      expect(old.out).toContain('tram line.txt (ObjectCreated:Put) -> stale');
      expect(old.out).not.toContain('succeeded');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'says skipped (object missing) for an object not in the bucket; --strict exits 1 then',
    async () => {
      const plain = await replay(eventFile('never uploaded.txt', NEWEST));
      const strict = await replay(eventFile('never uploaded.txt', NEWEST), '--strict');

      expect(plain.out).toContain(
        'never uploaded.txt (ObjectCreated:Put) -> skipped (object missing)',
      );
      expect(plain.code).toBe(0);
      expect(strict.code).toBe(1);
      expect(strict.err.join('\n')).toContain('Nothing was written');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "says skipped (object missing) for the README's sample event on a fresh bucket",
    async () => {
      const sample = new URL('../../../events/object-created-plain-key.json', import.meta.url);

      const result = await replay(sample.pathname);

      expect(result.out).toContain(
        'news/2025-11-05-harbour-ferry.txt (ObjectCreated:Put) -> skipped (object missing)',
      );
      expect(result.code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'says rejected (binary) for a binary file, and --strict counts it as written',
    async () => {
      await put('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));

      const result = await replay(eventFile('logo.png', NEWER), '--strict');

      expect(result.out).toContain('logo.png (ObjectCreated:Put) -> rejected (binary)');
      expect(result.code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'says removed for a delete of an object gone from the bucket, one line per event file',
    async () => {
      await put('withdrawn.txt', STORY);
      const created = eventFile('withdrawn.txt', NEWER);
      await replay(created);
      await s3.send(
        new DeleteObjectCommand({ Bucket: stack.info.articlesBucket, Key: 'withdrawn.txt' }),
      );

      const result = await replay(
        eventFile('withdrawn.txt', NEWEST, 'ObjectRemoved:Delete'),
        created,
      );

      expect(result.out).toContain('withdrawn.txt (ObjectRemoved:Delete) -> removed');
      expect(result.out).toContain('withdrawn.txt (ObjectCreated:Put) -> stale');
      expect(result.out).toContain('2 objects: 1 removed, 1 stale');
    },
    TEST_TIMEOUT_MS,
  );
});
