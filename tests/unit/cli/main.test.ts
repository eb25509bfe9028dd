import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STACK_NOT_RUNNING } from '#local/cli/cli-error.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { runCli } from './run-cli.ts';

const stackFile = (dataDir: string, fields: Record<string, unknown>) =>
  writeFileSync(
    join(dataDir, 'stack.json'),
    JSON.stringify({
      s3Endpoint: 'http://127.0.0.1:1',
      dynamoEndpoint: 'http://127.0.0.1:1',
      controlEndpoint: 'http://127.0.0.1:1',
      controlToken: 'ab'.repeat(32),
      region: 'us-east-1',
      articlesBucket: 'articles',
      contentBucket: 'content',
      tableName: 'Articles',
      inbox: join(dataDir, 'inbox'),
      ...fields,
    }),
  );

describe('article-ingest', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-main-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists every command when asked for help', async () => {
    const { code, out } = await runCli('--help');

    expect(code).toBe(0);
    for (const name of ['put', 'get', 'delete', 'list', 'replay', 'help']) {
      expect(out).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('shows one command usage for `help <command>` and `<command> --help`', async () => {
    const viaHelp = await runCli('help', 'get');
    const viaFlag = await runCli('get', '--help');

    expect(viaHelp.out).toMatch(/^Usage: article-ingest get <key> \[--json\]/);
    expect(viaFlag.out).toBe(viaHelp.out);
  });

  it('exits 2 with one line when the command is unknown', async () => {
    const { code, err } = await runCli('frobnicate');

    expect(code).toBe(2);
    expect(err).toEqual(["Unknown command 'frobnicate'. Run `article-ingest help` for usage."]);
  });

  it.each([
    ['delete', ''],
    ['delete', '   '],
    ['get', ''],
  ])('exits 2 before touching the stack when %s is given the key %j', async (command, key) => {
    const { code, err } = await runCli(command, key, '--data-dir', dataDir);

    expect(code).toBe(2);
    expect(err).toEqual([
      `'${command}' needs a key that is not empty or blank. Run \`article-ingest help\` for usage.`,
    ]);
  });

  it('exits 2 when a key is longer than S3 allows', async () => {
    const { code, err } = await runCli('delete', 'k'.repeat(1025), '--data-dir', dataDir);

    expect(code).toBe(2);
    expect(err).toEqual([
      "'delete' takes keys of at most 1024 bytes, as S3 does. Run `article-ingest help` for usage.",
    ]);
  });

  it('exits 2 with one sentence when --date is not a calendar day', async () => {
    const { code, err } = await runCli('list', '--date', '2025-02-30', '--data-dir', dataDir);

    expect(code).toBe(2);
    expect(err).toEqual(["'2025-02-30' is not a date: --date takes YYYY-MM-DD, e.g. 2025-11-05."]);
  });

  it('exits 2 when list is given both a day and a publisher', async () => {
    const { code, err } = await runCli(
      'list',
      '--date',
      '2025-11-05',
      '--publisher',
      'Harbour Gazette',
      '--data-dir',
      dataDir,
    );

    expect(code).toBe(2);
    expect(err).toEqual(['list takes --date or --publisher, not both.']);
  });

  it('says the stack is not running when there is no stack.json', async () => {
    const { code, err } = await runCli('get', 'a.txt', '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(err).toEqual([STACK_NOT_RUNNING]);
  });

  it('says the stack is not running when the pid in stack.json is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    stackFile(dataDir, { pid: gone });

    const { code, err } = await runCli('list', '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(err).toEqual([STACK_NOT_RUNNING]);
  });

  it('says the stack is not running when its endpoints refuse connections', async () => {
    const closed = `http://127.0.0.1:${await findFreePort()}`;
    stackFile(dataDir, { pid: process.pid, s3Endpoint: closed, dynamoEndpoint: closed });

    const { code, err } = await runCli('get', 'a.txt', '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(err).toEqual([STACK_NOT_RUNNING]);
  });

  it('names the file when an event file is not JSON', async () => {
    const file = join(dataDir, 'event.json');
    writeFileSync(file, '{ "Records": [');

    const { code, err } = await runCli('replay', file, '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(err).toEqual([`Event file '${file}' is not valid JSON.`]);
  });
});
