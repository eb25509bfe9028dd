import { PIPELINE_FUNCTION_TIMEOUT } from '#infra/constructs/pipeline-function.ts';
import { VISIBILITY_TIMEOUT_FACTOR } from '#infra/ingest-stack.ts';

/** How long the queue hides a received message: the stack's own rule. */
const VISIBILITY_TIMEOUT_MS =
  PIPELINE_FUNCTION_TIMEOUT.toSeconds() * VISIBILITY_TIMEOUT_FACTOR * 1000;

/**
 * How long a scenario whose fault fails a batch (a killed worker, a dead table, a killed
 * stack) waits for the table to settle: one visibility timeout for the retry, and two
 * minutes for the retried batches to run.
 */
export const RETRY_SETTLE_MS = VISIBILITY_TIMEOUT_MS + 120_000;
