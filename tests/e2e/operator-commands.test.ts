import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, runCli, waitForStatus } from './support/cli.ts';
import { REPO_ROOT, type RunningStack, startLocalStack } from './support/local-stack-process.ts';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/e2e');
const BIN = join(REPO_ROOT, 'local/cli/bin.mjs');

/** `watch` as a user runs it: a child process that runs until it is sent Ctrl-C. */
const startWatch = (dataDir: string, dir: string, prefix: string) => {
  const child = spawn(process.execPath, [
    BIN,
    'watch',
    dir,
    '--prefix',
    prefix,
    '--data-dir',
    dataDir,
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seen = (text: string) =>
    eventually(
      async () => (stdout.includes(text) || stderr.includes(text) ? true : undefined),
      () => `watch never printed '${text}'; stdout: ${stdout}; stderr: ${stderr}`,
    );
  return { child, exited, seen, output: () => ({ stdout, stderr }) };
};

describe('the operator commands against the local stack', () => {
  let dataDir: string;
  let stack: RunningStack;
  const cli = (...args: string[]) => runCli(dataDir, args);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'article-ingest-ops-'));
    stack = await startLocalStack(dataDir);
  });

  afterAll(async () => {
    if (stack && stack.child.exitCode === null) await stack.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('watch uploads a file written into the folder, prints its outcome, and stops on Ctrl-C', async () => {
    // Arrange
    const folder = join(dataDir, 'drop');
    mkdirSync(join(folder, 'ferries'), { recursive: true });
    const watch = startWatch(dataDir, folder, 'watched/');
    await watch.seen('Watching');

    // Act
    writeFileSync(join(folder, '.scratch.md'), 'a hidden note, never uploaded');
    copyFileSync(join(FIXTURES, 'lake-ferries.md'), join(folder, 'ferries', 'lake-ferries.md'));
    await watch.seen('watched/ferries/lake-ferries.md -> ingested');
    watch.child.kill('SIGINT');
    const code = await watch.exited;

    // Assert
    const { stdout } = watch.output();
    expect(code).toBe(0);
    expect(stdout).toContain('Uploaded 1 file');
    expect(stdout).toContain('1 object: 1 ingested');
    expect(stdout).not.toContain('.scratch.md');
    await waitForStatus(dataDir, 'watched/ferries/lake-ferries.md', 'ingested');
  });

  it('stats counts the records and reads the queues', async () => {
    // Act
    const stats = await cli('stats', '--json');

    // Assert
    expect(stats.code).toBe(0);
    const answer = JSON.parse(stats.stdout);
    expect(answer.byStatus.ingested).toBeGreaterThanOrEqual(1);
    expect(answer.byFormat.markdown).toBeGreaterThanOrEqual(1);
    expect(answer.perDay).toHaveLength(7);
    expect(answer.queues).toEqual({
      queued: expect.any(Number),
      inFlight: expect.any(Number),
      deadLetters: expect.any(Number),
    });
  });

  it('reprocess rebuilds a record an older extractor made, and a later upload still wins', async () => {
    // Arrange
    const key = 'reprocess/porthaven-bridge.txt';
    await cli('put', join(FIXTURES, 'porthaven-bridge.txt'), '--prefix', 'reprocess/');
    const before = await waitForStatus(dataDir, key, 'ingested');

    // Act: every record is older than a version no extractor has reached yet.
    const dryRun = await cli(
      'reprocess',
      '--prefix',
      'reprocess/',
      '--older-than',
      '999.0.0',
      '--dry-run',
    );
    const refused = await cli('reprocess', '--older-than', '999.0.0');
    const done = await cli('reprocess', '--prefix', 'reprocess/', '--older-than', '999.0.0');
    const rebuilt = await eventually(
      async () => {
        const record = await waitForStatus(dataDir, key, 'ingested');
        return record.sequencerKey !== before.sequencerKey ? record : undefined;
      },
      () => `the record of ${key} was never rebuilt`,
    );
    await cli('put', join(FIXTURES, 'porthaven-bridge.txt'), '--prefix', 'reprocess/');
    const reuploaded = await eventually(
      async () => {
        const record = await waitForStatus(dataDir, key, 'ingested');
        return record.sequencerKey !== rebuilt.sequencerKey ? record : undefined;
      },
      () => `the upload after the reprocess never replaced its record`,
    );

    // Assert
    expect(dryRun.stdout).toContain(`  ${key}`);
    expect(dryRun.stdout).toContain('Would re-ingest 1 object(s)');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    expect(done).toMatchObject({ code: 0 });
    expect(done.stdout).toContain('Enqueued 1 reprocess message(s)');
    expect(rebuilt.sequencerKey).toBe(`${before.sequencerKey}1`);
    expect(String(reuploaded.sequencerKey) > String(rebuilt.sequencerKey)).toBe(true);
  });
});
