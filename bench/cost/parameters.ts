import { DEFAULT_MESSAGE_CONCURRENCY } from '#lambdas/ingest/config.ts';
import {
  AUTO_SCALING_TARGET_PERCENT,
  DEFAULT_TABLE_CAPACITY,
  type TableCapacityMode,
} from '#shared/domain/table-design.ts';

/**
 * What the cost model assumes rather than measures, each a parameter the command line
 * can change. The defaults follow the stack as deployed (infra/): 1024 MB arm64, batches
 * of ten, tracing on, a stream of new and old images.
 */
export interface CostParameters {
  /** The function's memory (MB): it buys CPU in proportion, and is what duration bills. */
  memoryMb: number;
  /** Messages per invocation (the event source's batch size), all full at volume. */
  batchSize: number;
  /**
   * Messages of a batch one invocation processes at once (the stack's
   * `messageConcurrency`): their waits overlap, their CPU shares one core.
   */
  messageConcurrency: number;
  /** Invocations per cold start: environments are reused while traffic keeps them warm. */
  invocationsPerColdStart: number;
  /**
   * In-region latency the function waits on, per request, in ms. Not measurable here
   * (the local stack's emulators are not AWS): S3's performance guide quotes 100-200 ms
   * first-byte latency as an upper range for small objects; DynamoDB single-digit ms.
   */
  s3GetMs: number;
  dynamoRequestMs: number;
  /** Share of invocations X-Ray records with the default rule (1/s, then 5 %). */
  xraySampled: number;
  /** How the table pays for reads and writes (the stack's `tableCapacity`). */
  capacity: TableCapacityMode;
  /**
   * Provisioned only: the share of provisioned units consumed on average. Auto scaling
   * aims at its target; bursts it has not caught up with, and the minimum kept while
   * idle, lower it.
   */
  utilisation: number;
  /** Stream consumers that poll with GetRecords (a Lambda trigger reads for free). */
  streamConsumers: number;
}

/** Lambda gives one full vCPU at 1,769 MB, and CPU in proportion below it. */
export const FULL_VCPU_MB = 1769;
/** One GetRecords call returns at most 1,000 records or 1 MB. */
export const STREAM_RECORDS_PER_CALL = 1000;
export const STREAM_BYTES_PER_CALL = 1_048_576;

export const DEFAULT_PARAMETERS: CostParameters = {
  memoryMb: 1024,
  batchSize: 10,
  messageConcurrency: DEFAULT_MESSAGE_CONCURRENCY,
  invocationsPerColdStart: 100,
  s3GetMs: 30,
  dynamoRequestMs: 8,
  xraySampled: 0.05,
  streamConsumers: 1,
  capacity: DEFAULT_TABLE_CAPACITY,
  utilisation: AUTO_SCALING_TARGET_PERCENT / 100,
};
