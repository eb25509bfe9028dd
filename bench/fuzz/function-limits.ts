/**
 * The deployed function's limits, which every fuzz input runs under. Mirrors of
 * `infra/constructs/pipeline-function.ts` (memory, timeout) and `infra/ingest-stack.ts`
 * (batch size), which do not export them; tests/unit/bench/fuzz-limits.test.ts keeps
 * them equal.
 */
export const FUNCTION_MEMORY_MB = 1024;
export const FUNCTION_TIMEOUT_MS = 30_000;
/** Messages per invocation: a batch of hostile files shares one function timeout. */
export const BATCH_SIZE = 10;

/**
 * Old-space heap the Lambda Node runtime gives a function: its bootstrap passes
 * `--max-old-space-size` = memory - memory/64 (the rest is the young generation).
 */
export const HEAP_MB = FUNCTION_MEMORY_MB - FUNCTION_MEMORY_MB / 64;

/**
 * What one file may take: its share of a full batch under the function timeout. A file
 * past it would, nine of its like beside it, time the whole batch out and be retried.
 */
export const FILE_SHARE_MS = FUNCTION_TIMEOUT_MS / BATCH_SIZE;
