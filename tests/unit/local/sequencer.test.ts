import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSequencer, SEQUENCER_CLAIM } from '#local/s3-events/sequencer.ts';

describe('openSequencer', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sequencer-'));
    file = path.join(dir, 'events', 'sequencer');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const issue = (count: number, sequencer = openSequencer(file)) =>
    Array.from({ length: count }, () => sequencer.next());

  it('issues strictly increasing sequencers of one width', () => {
    const issued = issue(1000);

    expect(new Set(issued).size).toBe(1000);
    expect([...issued].sort()).toEqual(issued);
    expect(new Set(issued.map((s) => s.length))).toEqual(new Set([18]));
  });

  it('never issues a smaller sequencer after a restart, even with the clock stepped back', () => {
    const before = issue(50);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() - 3_600_000);

    const after = issue(50);

    expect(String(after[0]) > String(before.at(-1))).toBe(true);
    expect([...before, ...after].sort()).toEqual([...before, ...after]);
  });

  it('writes its file once per claim, not once per event', () => {
    const sequencer = openSequencer(file);
    sequencer.next();
    const written = statSync(file).mtimeMs;
    const claim = BigInt(`0x${readFileSync(file, 'utf8')}`);

    const issued = issue(5000, sequencer);

    expect(statSync(file).mtimeMs).toBe(written);
    expect(BigInt(`0x${issued.at(-1)}`) < claim).toBe(true);
    expect(claim - BigInt(`0x${issued[0]}`) <= SEQUENCER_CLAIM + 1n).toBe(true);
  });

  it('claims again once the sequencers pass the claim', () => {
    const sequencer = openSequencer(file);
    sequencer.next();
    const first = BigInt(`0x${readFileSync(file, 'utf8')}`);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 20_000);

    const later = BigInt(`0x${sequencer.next()}`);

    const second = BigInt(`0x${readFileSync(file, 'utf8')}`);
    expect(later > first).toBe(true);
    expect(second).toBe(later + SEQUENCER_CLAIM);
  });
});
