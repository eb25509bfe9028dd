import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '#local/emulators/free-port.ts';
import { freePortArgs, ROOT, runStart } from './support/start-process.ts';

/** A synth (when cdk.out is missing) and a JVM start on a busy 2-core machine. */
const START_TIMEOUT_MS = 200_000;

const dataDir = mkdtempSync(path.join(tmpdir(), 'start-command-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const listenOn = (port: number) =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('npm start (local/start.ts)', () => {
  it('exits 2 with one line on an unknown option', async () => {
    const run = runStart(['--bogus']);

    const code = await run.exited;

    expect(code).toBe(2);
    expect(run.output()).toContain("Unknown option '--bogus'");
  });

  it('exits 1 with one sentence when a port is in use', async () => {
    const taken = await findFreePort();
    const server = await listenOn(taken);
    const run = runStart(['--no-synth', '--data-dir', dataDir, '--dynamodb-port', String(taken)]);

    const code = await run.exited;
    server.close();

    expect(code).toBe(1);
    expect(run.output()).toContain(
      `Port ${taken} is already in use: stop what runs there or choose another with --dynamodb-port.`,
    );
  });

  it(
    'prints one ready line, writes stack.json, and stops cleanly on SIGTERM',
    async () => {
      const synth = existsSync(path.join(ROOT, 'cdk.out', 'ArticleIngest.template.json'))
        ? ['--no-synth']
        : [];
      const inbox = path.join(dataDir, 'inbox');
      const run = runStart([
        ...synth,
        '--data-dir',
        dataDir,
        '--inbox',
        inbox,
        ...(await freePortArgs()),
      ]);
      const stackFile = path.join(dataDir, 'stack.json');
      while (!run.output().includes('stack ready') && run.child.exitCode === null)
        await new Promise((r) => setTimeout(r, 100));
      const info = JSON.parse(readFileSync(stackFile, 'utf8')) as { pid: number };

      process.kill(info.pid, 'SIGTERM');
      const code = await run.exited;

      const readyLines = run
        .output()
        .split('\n')
        .filter((line) => line.includes('ready'));
      expect(readyLines).toHaveLength(1);
      expect(readyLines[0]).toMatch(
        /^article-ingest local stack ready: s3 http:\/\/127\.0\.0\.1:\d+ dynamodb http:\/\/127\.0\.0\.1:\d+ control http:\/\/127\.0\.0\.1:\d+ inbox /,
      );
      expect(code).toBe(0);
      expect(run.output()).toContain('stopped');
      expect(existsSync(stackFile)).toBe(false);
      expect(existsSync(inbox)).toBe(true);
    },
    START_TIMEOUT_MS,
  );
});
