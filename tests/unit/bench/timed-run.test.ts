import { describe, expect, it } from 'vitest';
import { runTimed, type Sample } from '#bench/eval/timed-run.ts';

const sample = (id: string, size: number): Sample => ({ id, bytes: new Uint8Array(size) });

/** A fake clock under which every extraction call takes exactly `stepMs`. */
const steppingClock = (stepMs: number) => {
  let now = 0;
  let readings = 0;
  return () => {
    readings += 1;
    if (readings % 2 === 0) now += stepMs;
    return now;
  };
};

describe('runTimed', () => {
  it('keeps going past a sample that throws and records its message', () => {
    const samples = [sample('a', 10), sample('bad', 10), sample('c', 10)];

    const run = runTimed(samples, (s) => {
      if (s.id === 'bad') throw new TypeError('no body');
      return s.id.toUpperCase();
    });

    expect(run.outcomes.map((o) => [o.id, o.result, o.error])).toEqual([
      ['a', 'A', undefined],
      ['bad', undefined, 'TypeError: no body'],
      ['c', 'C', undefined],
    ]);
  });

  it('runs a warm-up pass before the measured one', () => {
    const calls: string[] = [];

    runTimed([sample('a', 1)], (s) => calls.push(s.id), { minSeconds: 0 });

    expect(calls).toEqual(['a', 'a']);
  });

  it('repeats passes of a small set until the minimum time has accumulated', () => {
    let calls = 0;

    const run = runTimed([sample('a', 1)], () => (calls += 1), {
      minSeconds: 0.02,
      clock: steppingClock(2),
    });

    expect(calls).toBe(1 + 10);
    expect(run.seconds).toBeCloseTo(0.002, 9);
  });

  it('reports the median of at least minPasses passes', () => {
    let calls = 0;
    const passMs = [999, 10, 30, 20];
    let readings = 0;
    let now = 0;
    const clock = () => {
      readings += 1;
      if (readings % 2 === 0) now += passMs[Math.floor(readings / 2) - 1] ?? 0;
      return now;
    };

    const run = runTimed([sample('a', 1)], () => (calls += 1), {
      minSeconds: 0,
      minPasses: 3,
      clock,
    });

    expect(calls).toBe(1 + 3);
    expect(run.seconds).toBeCloseTo(0.02, 9);
  });

  it('reports throughput per pass from the bytes and the extraction time', () => {
    const samples = [sample('a', 500_000), sample('b', 500_000)];

    const run = runTimed(samples, () => 'ok', { minSeconds: 0, clock: steppingClock(250) });

    expect(run).toMatchObject({ totalBytes: 1_000_000, seconds: 0.5 });
    expect(run.megabytesPerSecond).toBeCloseTo(2, 9);
    expect(run.articlesPerSecond).toBeCloseTo(4, 9);
  });
});
