/**
 * What the local stack needs to know about the deployed stack, read from the
 * synthesized template (see read-wiring.ts). Names are local physical names.
 */

export interface BucketWiring {
  logicalId: string;
  name: string;
  versioned: boolean;
}

export interface KeyFilter {
  prefix?: string;
  suffix?: string;
}

/** One QueueConfiguration of a bucket's notifications. */
export interface NotificationWiring {
  /** The configurationId events carry. */
  id: string;
  bucket: string;
  queueLogicalId: string;
  /** As in the template, e.g. `s3:ObjectCreated:*`. */
  events: string[];
  filter: KeyFilter;
}

export interface QueueWiring {
  logicalId: string;
  name: string;
  visibilityTimeoutSeconds: number;
  /** Where messages go after `maxReceiveCount` receives; absent for a queue without one. */
  redrive?: { deadLetterQueueLogicalId: string; maxReceiveCount: number };
}

export interface FunctionWiring {
  logicalId: string;
  /** The folder CDK bundled the code into: `cdk.out/asset.<hash>`. */
  assetDir: string;
  /** `index.handler` -> module `index`, export `handler`. */
  handlerModule: string;
  handlerExport: string;
  runtime: string;
  timeoutSeconds: number;
  memoryMb: number;
  /** Environment variables; values that were Refs are still unresolved here. */
  environment: Record<string, EnvValue>;
}

/** A literal, or a reference to another resource resolved once the local names are known. */
export type EnvValue =
  | { kind: 'literal'; value: string }
  | { kind: 'ref'; logicalId: string; attribute?: string };

export interface EventSourceWiring {
  queueLogicalId: string;
  batchSize: number;
  maxBatchingWindowSeconds: number;
  reportBatchItemFailures: boolean;
  /** Lambda's ScalingConfig.MaximumConcurrency; absent means no cap. */
  maxConcurrency?: number;
}

export interface TableWiring {
  logicalId: string;
  name: string;
  keySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
  attributeDefinitions: { AttributeName: string; AttributeType: 'S' | 'N' | 'B' }[];
  globalSecondaryIndexes: {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
    Projection: { ProjectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; NonKeyAttributes?: string[] };
  }[];
  streamViewType?: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';
}

export interface LocalWiring {
  buckets: BucketWiring[];
  /** The bucket whose notifications feed the function's queue. */
  articlesBucket: BucketWiring;
  /** The other bucket the function uses (bodies too large for one item). */
  contentBucket?: BucketWiring;
  notifications: NotificationWiring[];
  queues: Record<string, QueueWiring>;
  ingestQueue: QueueWiring;
  fn: FunctionWiring;
  eventSource: EventSourceWiring;
  table: TableWiring;
}
