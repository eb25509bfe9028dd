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

  it('ends quietly when its reader closes the pipe early (`extract ... | head -c 1`)', async () => {
    // Arrange: every golden input, printed as JSON, is far more than the reader takes
    const bin = join(REPO_ROOT, 'local', 'cli', 'bin.mjs');

    // Act
    const { stderr } = await run(
      'sh',
      ['-c', `node "${bin}" extract tests/fixtures/articles/*/input.* | head -c 1 > /dev/null`],
      { cwd: REPO_ROOT },
    );

    // Assert
    expect(stderr).toBe('');
  });

  it('says in one sentence that it cannot write its output to a full disk (/dev/full)', async () => {
    // Arrange
    const bin = join(REPO_ROOT, 'local', 'cli', 'bin.mjs');

    // Act: stderr to the captured pipe, stdout to the full device; echo keeps the exit code
    const { stdout } = await run(
      'sh',
      ['-c', `node "${bin}" --help 2>&1 > /dev/full; echo "exit $?"`],
      { cwd: REPO_ROOT },
    );

    // Assert
    expect(stdout.trim().split('\n')).toEqual([
      'Cannot write the output: no space left on the device.',
      'exit 1',
    ]);
  });
});
