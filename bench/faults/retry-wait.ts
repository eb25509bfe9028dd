import { PIPELINE_FUNCTION_TIMEOUT } from '../../infra/constructs/pipeline-function.ts';

/** The queue hides a received message for six times the function's timeout (the stack's rule). */
const VISIBILITY_TIMEOUT_MS = PIPELINE_FUNCTION_TIMEOUT.toSeconds() * 6 * 1000;

/**
 * How long a scenario whose fault fails a batch (a killed worker, a dead table, a killed
 * stack) waits for the table to settle: one visibility timeout for the retry, and two
 * minutes for the retried batches to run.
 */
export const RETRY_SETTLE_MS = VISIBILITY_TIMEOUT_MS + 120_000;
