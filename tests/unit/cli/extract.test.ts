import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.ts';

const STORY = `---
title: Night trains return to the valley line
date: 2025-09-30
---

The night train between the two valley towns runs again from Monday, after a year in
which the line was closed for new tunnels and a rebuilt viaduct over the river.
`;

// The first extraction imports the whole extractor (language model, gazetteer): seconds
// on a busy 2-core machine, more than vitest's 5 s default.
describe('article-ingest extract', { timeout: 30_000 }, () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-extract-'));
    writeFileSync(join(dir, 'night-trains.md'), STORY);
    writeFileSync(join(dir, 'empty.txt'), '');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file over LIMIT_MAX_OBJECT_BYTES as a too-large record, as the function does', async () => {
    vi.stubEnv('LIMIT_MAX_OBJECT_BYTES', '100');

    const { code, out } = await runCli('extract', join(dir, 'night-trains.md'));

    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      status: 'rejected',
      reason: 'too-large',
      reasonDetail: `Object is ${Buffer.byteLength(STORY)} bytes; the limit is 100`,
      source: { key: 'night-trains.md', size: Buffer.byteLength(STORY) },
    });
  });

  it('exits 2 with one sentence when a LIMIT_* variable is not a positive integer', async () => {
    vi.stubEnv('LIMIT_MAX_OBJECT_BYTES', 'lots');

    const { code, err } = await runCli('extract', join(dir, 'night-trains.md'));

    expect(code).toBe(2);
    expect(err).toEqual(["LIMIT_MAX_OBJECT_BYTES must be a positive integer, not 'lots'."]);
  });

  it('prints the record of one local file without a running stack', async () => {
    const { code, out } = await runCli('extract', join(dir, 'night-trains.md'));

    const record = JSON.parse(out);
    expect(code).toBe(0);
    expect(record).toMatchObject({
      status: 'ingested',
      format: 'markdown',
      source: { key: 'night-trains.md' },
    });
  });

  it('writes DIR/<file name without extension>.json per input under --out', async () => {
    const out = join(dir, 'records');

    const { code } = await runCli('extract', join(dir, 'empty.txt'), '--out', out);

    const record = JSON.parse(readFileSync(join(out, 'empty.json'), 'utf8'));
    expect(code).toBe(0);
    expect(record).toMatchObject({ status: 'rejected', reason: 'empty' });
  });

  it('refuses, before writing, two inputs that would write the same output file', async () => {
    writeFileSync(join(dir, 'empty.md'), '');
    const out = join(dir, 'records');

    const { code, err } = await runCli('extract', dir, '--out', out);

    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(
      /'empty\.(md|txt)' and 'empty\.(md|txt)' would both be written to empty\.json/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('gives the records of every article of a file that holds several, as an array', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title>
      <item><guid>valley-1</guid><title>Night trains return</title>
        <description>The night train between the two valley towns runs again from Monday.</description></item>
      <item><guid>valley-2</guid><title>Bridge reopens</title>
        <description>The old stone bridge over the river reopened to walkers on Sunday morning.</description></item>
    </channel></rss>`;
    writeFileSync(join(dir, 'valley.xml'), feed);

    const { code, out } = await runCli('extract', join(dir, 'valley.xml'));

    const records = JSON.parse(out);
    expect(code).toBe(0);
    expect(records).toMatchObject([
      { status: 'ingested', title: 'Night trains return', source: { item: { key: 'valley-1' } } },
      { status: 'ingested', title: 'Bridge reopens', source: { item: { key: 'valley-2' } } },
    ]);
  });

  it('prints one record for one file named alone, and an array for --array or a directory', async () => {
    // Arrange: a folder that holds one file
    const folder = join(dir, 'one');
    mkdirSync(folder);
    writeFileSync(join(folder, 'story.md'), STORY);

    // Act
    const alone = await runCli('extract', join(folder, 'story.md'));
    const asked = await runCli('extract', join(folder, 'story.md'), '--array');
    const walked = await runCli('extract', folder);

    // Assert: the shape follows the command line, not how many files were found
    expect(JSON.parse(alone.out)).toMatchObject({ status: 'ingested' });
    expect(JSON.parse(asked.out)).toMatchObject([{ status: 'ingested' }]);
    expect(JSON.parse(walked.out)).toMatchObject([{ status: 'ingested' }]);
  });

  it('exits 2 with one sentence for an empty folder and for --array with --out', async () => {
    const folder = join(dir, 'nothing');
    mkdirSync(folder);
    writeFileSync(join(folder, '.DS_Store'), 'hidden');

    const empty = await runCli('extract', folder);
    const both = await runCli('extract', join(dir, 'empty.txt'), '--array', '--out', dir);

    expect(empty.code).toBe(2);
    expect(empty.err).toEqual([
      `No files to work on in '${folder}' (hidden files are skipped). Run \`article-ingest help\` for usage.`,
    ]);
    expect(both.code).toBe(2);
    expect(both.err).toHaveLength(1);
  });

  it('says in one sentence which path it could not write (EISDIR), not an errno dump', async () => {
    // Arrange: the output file's name is taken by a folder
    const out = join(dir, 'out');
    mkdirSync(join(out, 'empty.json'), { recursive: true });

    // Act
    const { code, err } = await runCli('extract', join(dir, 'empty.txt'), '--out', out);

    // Assert
    expect(code).toBe(1);
    expect(err).toEqual([`Cannot open '${join(out, 'empty.json')}': it is a directory.`]);
  });
});
