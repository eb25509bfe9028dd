import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError, isConnectionRefused } from '#local/cli/cli-error.ts';
import { readStackInfo } from '#local/cli/stack.ts';

const INFO = {
  s3Endpoint: 'http://127.0.0.1:4569',
  dynamoEndpoint: 'http://127.0.0.1:8000',
  controlEndpoint: 'http://127.0.0.1:4570',
  controlToken: 'ab'.repeat(32),
  region: 'us-east-1',
  articlesBucket: 'articles',
  contentBucket: 'content',
  tableName: 'Articles',
  inbox: '/tmp/inbox',
};

describe('readStackInfo', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-stack-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('returns what the running stack wrote', async () => {
    const info = { pid: process.pid, ...INFO };
    writeFileSync(join(dataDir, 'stack.json'), JSON.stringify(info));

    await expect(readStackInfo(dataDir)).resolves.toEqual(info);
  });

  it('treats a stack.json without the fields the CLI needs as no stack', async () => {
    writeFileSync(join(dataDir, 'stack.json'), JSON.stringify({ pid: process.pid }));

    await expect(readStackInfo(dataDir)).rejects.toThrow(CliError);
  });
});

describe('isConnectionRefused', () => {
  it('finds ECONNREFUSED anywhere in the cause chain or in an aggregate', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('GetItem failed', {
      cause: new TypeError('fetch failed', { cause: refused }),
    });
    const aggregate = new AggregateError([refused], 'all failed');

    expect(isConnectionRefused(wrapped)).toBe(true);
    expect(isConnectionRefused(aggregate)).toBe(true);
    expect(isConnectionRefused(new Error('AccessDenied'))).toBe(false);
  });
});
