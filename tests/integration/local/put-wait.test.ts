import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../unit/cli/run-cli.ts';
import { type InProcessStack, startInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (only when cdk.out is missing) and a JVM start take a while on 2 cores. */
const SETUP_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 90_000;

const STORY =
  'date 2025-11-05\nThe tram line to the harbour reopens on Monday.\n\nIt has two paragraphs.\n';

let running: InProcessStack | undefined;
let dataDir: string;
let s3: S3Client;

beforeAll(async () => {
  running = await startInProcessStack('put-wait-');
  ({ dataDir, s3 } = running);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await running?.stop();
});

const cli = (...args: string[]) => runCli(...args, '--data-dir', dataDir);

const exists = (key: string) =>
  s3
    .send(new HeadObjectCommand({ Bucket: running?.stack.info.articlesBucket, Key: key }))
    .then(() => true)
    .catch(() => false);

describe('put --wait and delete against the local stack', () => {
  it(
    'put --wait prints what the function made of each uploaded file',
    async () => {
      // Arrange
      const folder = path.join(dataDir, 'upload');
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'tram.txt'), STORY);
      writeFileSync(path.join(folder, 'blank.txt'), '');

      // Act
      const { code, out } = await cli('put', folder, '--prefix', 'wait/', '--wait', '--strict');

      // Assert
      expect(code).toBe(0);
      expect(out).toContain('wait/tram.txt -> ingested');
      expect(out).toContain('wait/blank.txt -> rejected (empty)');
      expect(out).toMatch(/^2 objects: /m);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'delete of several keys needs --yes without a terminal, and then deletes them',
    async () => {
      const folder = path.join(dataDir, 'doomed');
      mkdirSync(folder);
      for (const name of ['one.txt', 'two.txt']) writeFileSync(path.join(folder, name), STORY);
      await cli('put', folder, '--prefix', 'doomed/');

      const refused = await cli('delete', '--prefix', 'doomed/');
      const keptAfterRefusal = await exists('doomed/one.txt');
      const deleted = await cli('delete', '--prefix', 'doomed/', '--yes');

      expect(refused.code).toBe(2);
      expect(keptAfterRefusal).toBe(true);
      expect(deleted.code).toBe(0);
      expect(await exists('doomed/one.txt')).toBe(false);
      expect(await exists('doomed/two.txt')).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
});
