import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BATCH_SIZE,
  FUNCTION_MEMORY_MB,
  FUNCTION_TIMEOUT_MS,
} from '#bench/fuzz/function-limits.ts';

const source = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const numberIn = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1]);

describe("the fuzz suite's copy of the function limits", () => {
  it('matches the memory and timeout the stack deploys', () => {
    const construct = source('infra/constructs/pipeline-function.ts');

    expect(numberIn(construct, /PIPELINE_FUNCTION_MEMORY_MB = (\d+)/)).toBe(FUNCTION_MEMORY_MB);
    expect(
      numberIn(construct, /PIPELINE_FUNCTION_TIMEOUT = Duration\.seconds\((\d+)\)/) * 1000,
    ).toBe(FUNCTION_TIMEOUT_MS);
  });

  it('matches the default batch size of the queue event source', () => {
    const knobs = source('infra/constructs/throughput-context.ts');

    expect(numberIn(knobs, /^ {2}batchSize: (\d+),$/m)).toBe(BATCH_SIZE);
  });
});
