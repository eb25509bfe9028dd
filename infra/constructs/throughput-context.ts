import type { Construct } from 'constructs';
import {
  DEFAULT_MESSAGE_CONCURRENCY,
  MAX_MESSAGE_CONCURRENCY,
  MESSAGE_CONCURRENCY_VARIABLE,
} from '#lambdas/ingest/config.ts';
import { IO_SLACK_MS } from '#lambdas/ingest/create-ingest-handler.ts';
import type { Limits } from '#shared/domain/limits.ts';
import { PIPELINE_FUNCTION_MEMORY_MB, PIPELINE_FUNCTION_TIMEOUT } from './pipeline-function.ts';

/**
 * How fast the pipeline drains its queue, and what each invocation gets: context keys
 * (`-c batchSize=10`), each with its default and the reason for it. docs/THROUGHPUT.md
 * has the measurements behind the defaults.
 */
export interface Throughput {
  /** Messages per invocation. */
  batchSize: number;
  /** How long Lambda waits to fill a batch. */
  maxBatchingWindowSeconds: number;
  /** Concurrent invocations the event source may run (Lambda's ScalingConfig). */
  maxConcurrency: number;
  /** Messages of a batch one invocation processes at once (the function's MESSAGE_CONCURRENCY). */
  messageConcurrency: number;
  /** Function memory; CPU comes with it (1769 MB = one vCPU). */
  memorySize: number;
  timeoutSeconds: number;
}

export const DEFAULT_THROUGHPUT: Throughput = {
  // Request cost is already ~$0.02 per million articles at 10; larger batches only
  // widen what one crashed invocation sends round again.
  batchSize: 10,
  // Waits at most a second to fill a batch when uploads trickle in; bulk loads fill at once.
  maxBatchingWindowSeconds: 1,
  // ~130 seed-size articles/s at 1024 MB: under half of what a new on-demand table
  // absorbs (4,000 write units/s) before it scales, so a bulk upload is not throttled.
  maxConcurrency: 5,
  // A message mostly waits on S3 and DynamoDB: overlapping a few of them fills that wait
  // with another's CPU-bound part, at no extra invocation or memory.
  messageConcurrency: DEFAULT_MESSAGE_CONCURRENCY,
  // Holds the worst 20 MB file (690 MiB peak) and 0.58 vCPU keeps it under maxFileMs;
  // CPU-bound time costs the same at any size below 1769 MB.
  memorySize: PIPELINE_FUNCTION_MEMORY_MB,
  // Several files at their full time budget per batch, and the queue's visibility is 6x.
  timeoutSeconds: PIPELINE_FUNCTION_TIMEOUT.toSeconds(),
};

/** Lambda's and SQS's own bounds for each key. */
const BOUNDS: Record<keyof Throughput, { min: number; max: number }> = {
  batchSize: { min: 1, max: 10_000 },
  maxBatchingWindowSeconds: { min: 0, max: 300 },
  maxConcurrency: { min: 2, max: 1_000 },
  messageConcurrency: { min: 1, max: MAX_MESSAGE_CONCURRENCY },
  memorySize: { min: 128, max: 10_240 },
  timeoutSeconds: { min: 1, max: 900 },
};

const DIGITS = /^\d+$/;

/** A whole-number context key within bounds, or `fallback`; anything else fails the synth. */
export const wholeNumberFromContext = (
  scope: Construct,
  key: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number => {
  const given: unknown = scope.node.tryGetContext(key);
  if (given === undefined) return fallback;
  const text = String(given);
  const value = Number(text);
  if (!DIGITS.test(text) || value < min || value > max) {
    throw new Error(`Context: ${key} must be a whole number from ${min} to ${max}, not '${text}'.`);
  }
  return value;
};

const readKey = (scope: Construct, key: keyof Throughput): number =>
  wholeNumberFromContext(scope, key, DEFAULT_THROUGHPUT[key], BOUNDS[key]);

/**
 * The throughput settings from context over `DEFAULT_THROUGHPUT`. A value out of bounds,
 * or settings that cannot work together, fail the synth with one sentence.
 */
export const throughputFromContext = (scope: Construct, limits: Limits): Throughput => {
  const t: Throughput = {
    batchSize: readKey(scope, 'batchSize'),
    maxBatchingWindowSeconds: readKey(scope, 'maxBatchingWindowSeconds'),
    maxConcurrency: readKey(scope, 'maxConcurrency'),
    messageConcurrency: readKey(scope, 'messageConcurrency'),
    memorySize: readKey(scope, 'memorySize'),
    timeoutSeconds: readKey(scope, 'timeoutSeconds'),
  };
  // Lambda's rule: more than ten messages per batch needs a batching window.
  if (t.batchSize > 10 && t.maxBatchingWindowSeconds < 1) {
    throw new Error(
      `Context: batchSize ${t.batchSize} needs maxBatchingWindowSeconds of at least 1 (Lambda takes more than 10 only with a window).`,
    );
  }
  // The handler starts a file only with its time budget plus IO_SLACK_MS left.
  const startMs = limits.maxFileMs + IO_SLACK_MS;
  if (t.timeoutSeconds * 1000 <= startMs) {
    throw new Error(
      `Context: timeoutSeconds ${t.timeoutSeconds} leaves no time to start a file: it must exceed maxFileMs + ${IO_SLACK_MS / 1000} s (${startMs / 1000} s).`,
    );
  }
  return t;
};

/** The function's variable for the knob the handler reads (lambdas/ingest/config.ts). */
export const messageConcurrencyVariable = (t: Throughput): Record<string, string> => ({
  [MESSAGE_CONCURRENCY_VARIABLE]: String(t.messageConcurrency),
});
