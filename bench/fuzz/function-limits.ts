import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';

/**
 * The deployed function's limits, which every fuzz input runs under. Mirrors of
 * `infra/constructs/pipeline-function.ts` (memory, timeout) and `infra/ingest-stack.ts`
 * (batch size), which do not export them; tests/unit/bench/fuzz-limits.test.ts keeps
 * them equal.
 */
export const FUNCTION_MEMORY_MB = 1024;
export const FUNCTION_TIMEOUT_MS = 60_000;
/** Messages per invocation: a batch of hostile files shares one function timeout. */
export const BATCH_SIZE = 10;

/**
 * Old-space heap the Lambda Node runtime gives a function: its bootstrap passes
 * `--max-old-space-size` = memory - memory/64 (the rest is the young generation).
 */
export const HEAP_MB = FUNCTION_MEMORY_MB - FUNCTION_MEMORY_MB / 64;

/**
 * What one file may take: its time budget (`maxFileMs`, after which the build rejects it
 * as over-budget, as the function does) plus a little for the check's granularity and
 * the child's own overhead. The handler starts no file without that much time left, so a
 * file within it never times out a batch.
 */
export const FILE_TIME_LIMIT_MS = DEFAULT_LIMITS.maxFileMs + 2_000;
