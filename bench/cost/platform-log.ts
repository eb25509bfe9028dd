import { randomUUID } from 'node:crypto';

/**
 * The lines Lambda itself writes to the function's log group for every invocation
 * (START, END, REPORT, and with active tracing the XRAY line), in the documented
 * format, with figures of a typical width: the log bytes an invocation costs before
 * the handler logs anything.
 */
export const platformLogLines = (memoryMb: number): string[] => {
  const id = randomUUID();
  return [
    `START RequestId: ${id} Version: $LATEST\n`,
    `END RequestId: ${id}\n`,
    `REPORT RequestId: ${id}\tDuration: 412.37 ms\tBilled Duration: 413 ms\tMemory Size: ${memoryMb} MB\tMax Memory Used: 187 MB\t\n`,
    'XRAY TraceId: 1-6752f1a0-0123456789abcdef01234567\tSegmentId: 0123456789abcdef\tSampled: true\t\n',
  ];
};

export const platformLogBytes = (memoryMb: number): number =>
  platformLogLines(memoryMb).reduce((sum, line) => sum + Buffer.byteLength(line), 0);
