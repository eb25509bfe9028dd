import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../local/emulators/free-port.ts';
import { isProcessAlive } from '../../../local/stack/running-stack.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
/** A synth (when cdk.out is missing) and two JVM starts on a busy 2-core machine. */
const TEST_TIMEOUT_MS = 300_000;
const POLL_MS = 100;

const dataDir = mkdtempSync(path.join(tmpdir(), 'kill-restart-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const runStart = (args: string[]): Run => {
  const child = spawn(TSX, ['local/start.ts', ...args], { cwd: ROOT, stdio: 'pipe' });
  children.push(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
};

/** Waits for the ready line, or for the process to end (the test then sees why). */
const untilReadyOrExit = async (run: Run) => {
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
        '--s3-port',
        String(await findFreePort()),
        '--dynamodb-port',
        String(await findFreePort()),
        '--control-port',
        String(await findFreePort()),
      ];
      const first = runStart([...synth, ...common]);
      await untilReadyOrExit(first);
      const stackPid = readJson(path.join(dataDir, 'stack.json')).pid;
      const jvmPid = readJson(path.join(dataDir, 'dynamodb.pid')).pid;

      process.kill(stackPid, 'SIGKILL');
      while (isProcessAlive(jvmPid) && existsSync(`/proc/${jvmPid}/cmdline`))
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const second = runStart(['--no-synth', ...common]);
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
