import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const STORY = `---
title: Night trains return to the valley line
date: 2025-09-30
---

The night train between the two valley towns runs again from Monday, after a year in
which the line was closed for new tunnels and a rebuilt viaduct over the river.
`;

describe('article-ingest extract', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-extract-'));
    writeFileSync(join(dir, 'night-trains.md'), STORY);
    writeFileSync(join(dir, 'empty.txt'), '');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

  it('writes one JSON file per input under --out, keyed like put', async () => {
    const out = join(dir, 'records');

    const { code } = await runCli('extract', join(dir, 'empty.txt'), '--out', out);

    const record = JSON.parse(readFileSync(join(out, 'empty.txt.json'), 'utf8'));
    expect(code).toBe(0);
    expect(record).toMatchObject({ status: 'rejected', reason: 'empty' });
  });
});
