import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/local-stack-process.ts';

const run = promisify(execFile);

describe('the article-ingest bin', () => {
  it('runs through `npx article-ingest` from a folder inside the project', async () => {
    // Act: --offline so npm never asks the registry; the bin is the project's own
    const { stdout, stderr } = await run('npx', ['--offline', 'article-ingest', '--help'], {
      cwd: join(REPO_ROOT, 'tests'),
    });

    // Assert
    expect(stdout).toMatch(/^Usage: article-ingest <command> \[options\]/);
    expect(stderr).toBe('');
  });
});
