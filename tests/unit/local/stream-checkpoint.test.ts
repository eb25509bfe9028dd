import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StreamCheckpoint } from '#local/stack/stream-checkpoint.ts';

describe('StreamCheckpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the last position of each shard across a restart once flushed', async () => {
    const checkpoint = new StreamCheckpoint(dir);
    checkpoint.useStream('arn:stream/1');
    for (let n = 1; n <= 500; n++) checkpoint.advance('shard-a', String(n).padStart(6, '0'));
    checkpoint.close('shard-b');

    await checkpoint.flush();
    const restarted = new StreamCheckpoint(dir);
    restarted.useStream('arn:stream/1');

    expect(restarted.position('shard-a')).toBe('000500');
    expect(restarted.isClosed('shard-b')).toBe(true);
  });

  it('starts from nothing on another stream', async () => {
    const checkpoint = new StreamCheckpoint(dir);
    checkpoint.useStream('arn:stream/1');
    checkpoint.advance('shard-a', '000001');
    await checkpoint.flush();

    const restarted = new StreamCheckpoint(dir);
    restarted.useStream('arn:stream/2');

    expect(restarted.position('shard-a')).toBeUndefined();
  });

  it('reports a save that failed instead of dropping it', async () => {
    const checkpoint = new StreamCheckpoint(path.join(dir, 'no-such-dir'));
    checkpoint.useStream('arn:stream/1');
    checkpoint.advance('shard-a', '000001');

    await expect(checkpoint.flush()).rejects.toThrow(/Saving the stream checkpoint/);
  });
});
