import { describe, expect, it } from 'vitest';
import { createProgressLine } from '#local/cli/progress-line.ts';

const CLEAR = '\r\x1b[2K';

/** A progress line on a fake clock, with what it wrote to each stream. */
const harness = (terminal: boolean) => {
  let time = 0;
  const raw: string[] = [];
  const lines: string[] = [];
  const progress = createProgressLine({
    ...(terminal && { redraw: (text: string) => raw.push(text) }),
    printError: (line) => lines.push(line),
    now: () => time,
  });
  return { progress, raw, lines, advance: (ms: number) => (time += ms) };
};

describe('the progress line', () => {
  it('rewrites one line in place on a terminal, at most ten times a second', () => {
    const { progress, raw, lines, advance } = harness(true);

    progress.update('uploaded 1/3 files');
    advance(20);
    progress.update('uploaded 2/3 files');
    advance(200);
    progress.update('uploaded 3/3 files');
    progress.done();

    expect(raw).toEqual([`${CLEAR}uploaded 1/3 files`, `${CLEAR}uploaded 3/3 files`, CLEAR]);
    expect(lines).toEqual([]);
  });

  it('moves out of the way of a printed line and comes back after it', () => {
    const { progress, raw } = harness(true);
    const printed: string[] = [];

    progress.update('uploaded 1/2 files');
    progress.around(() => printed.push(`after ${raw.length} writes`));

    expect(printed).toEqual(['after 2 writes']);
    expect(raw).toEqual([`${CLEAR}uploaded 1/2 files`, CLEAR, `${CLEAR}uploaded 1/2 files`]);
  });

  it('without a terminal, prints a plain line five seconds after the work began and every five since, and none for a short run', () => {
    const short = harness(false);
    const long = harness(false);

    short.progress.update('uploaded 1/1 files');
    short.progress.done();
    for (let second = 1; second <= 11; second += 1) {
      long.advance(1_000);
      long.progress.update(`uploaded ${second}/11 files`);
    }
    long.progress.done();

    expect(short.lines).toEqual([]);
    expect(short.raw).toEqual([]);
    expect(long.lines).toEqual(['uploaded 6/11 files', 'uploaded 11/11 files']);
  });
});
