import { describe, expect, it } from 'vitest';
import { medianTimes, parseChildResult, type StartTimes } from '#bench/bench/cold-start.ts';

const times = (importMs: number, firstDetectedMs: number): StartTimes => ({
  processMs: importMs + 100,
  importMs,
  importCpuMs: importMs / 2,
  firstDeclaredMs: 10,
  firstDetectedMs,
  firstHandlerMs: 2,
});

describe('parseChildResult', () => {
  it('reads the JSON on the last line, after anything the bundle logged', () => {
    const stdout = '{"level":"INFO","message":"cold"}\n{"importMs":812.5,"firstDeclaredMs":30}\n';

    expect(parseChildResult(stdout)).toEqual({ importMs: 812.5, firstDeclaredMs: 30 });
  });
});

describe('medianTimes', () => {
  it('takes each step median on its own, so one slow start does not skew the others', () => {
    const runs = [times(900, 40), times(3000, 35), times(1000, 400)];

    const median = medianTimes(runs);

    expect(median.importMs).toBe(1000);
    expect(median.firstDetectedMs).toBe(40);
    expect(median.processMs).toBe(1100);
  });
});
