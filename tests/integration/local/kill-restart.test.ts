import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from '#local/stack/running-stack.ts';
import { freePortArgs, ROOT, runStart, type StartRun } from './support/start-process.ts';

/** A synth (when cdk.out is missing) and two JVM starts on a busy 2-core machine. */
const TEST_TIMEOUT_MS = 300_000;
const POLL_MS = 100;

const dataDir = mkdtempSync(path.join(tmpdir(), 'kill-restart-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Waits for the ready line, or for the process to end (the test then sees why). */
const untilReadyOrExit = async (run: StartRun) => {
  while (!run.output().includes('stack ready') && run.child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
};

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { pid: number };

describe('npm start after the previous stack was killed with kill -9', () => {
  it(
    'ends the orphaned DynamoDB Local with its parent and starts again on the same ports',
    async () => {
      const synth = existsSync(path.join(ROOT, 'cdk.out', 'ArticleIngest.template.json'))
        ? ['--no-synth']
        : [];
      const common = [
        '--data-dir',
        dataDir,
        '--inbox',
        path.join(dataDir, 'inbox'),
        ...(await freePortArgs()),
      ];
      const first = runStart([...synth, ...common]);
      children.push(first.child);
      await untilReadyOrExit(first);
      const stackPid = readJson(path.join(dataDir, 'stack.json')).pid;
      const jvmPid = readJson(path.join(dataDir, 'dynamodb.pid')).pid;

      process.kill(stackPid, 'SIGKILL');
      while (isProcessAlive(jvmPid) && existsSync(`/proc/${jvmPid}/cmdline`))
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const second = runStart(['--no-synth', ...common]);
      children.push(second.child);
      await untilReadyOrExit(second);
      const secondPid = readJson(path.join(dataDir, 'stack.json')).pid;
      process.kill(secondPid, 'SIGTERM');
      const code = await second.exited;

      expect(second.output()).toContain('stack ready');
      expect(secondPid).not.toBe(stackPid);
      expect(code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});
