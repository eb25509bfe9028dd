import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import {
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  type TableIndex,
} from '#shared/domain/table-design.ts';
import type { TableCapacity } from './table-capacity.ts';

export interface ArticlesTableProps {
  readonly removalPolicy: RemovalPolicy;
  /** On-demand (the default) or provisioned with auto scaling (`tableCapacityFromContext`). */
  readonly capacity?: TableCapacity;
}

/**
 * One item per article, keyed as `shared/domain/table-design.ts` says: on-demand, or
 * provisioned with auto scaling on the table and every index (`-c tableCapacity`),
 * point-in-time recovery, a stream of new and old images for downstream consumers,
 * and one sparse index per reader question (publication day, publisher, content hash,
 * and one per fingerprint band for near duplicates), each projecting only what its
 * reader needs, so an index write costs one unit, not a
 * copy of the record (docs/TABLE.md).
 */
export class ArticlesTable extends Table {
  constructor(scope: Construct, id: string, props: ArticlesTableProps) {
    const capacity = props.capacity ?? { mode: 'on-demand' };
    // Provisioned capacity starts at the minimum; auto scaling (below) takes it from there.
    const startingUnits =
      capacity.mode === 'provisioned'
        ? { readCapacity: capacity.read.min, writeCapacity: capacity.write.min }
        : {};
    super(scope, id, {
      partitionKey: { name: TABLE_PARTITION_KEY, type: AttributeType.STRING },
      billingMode:
        capacity.mode === 'provisioned' ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
      ...startingUnits,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy,
    });
    for (const [indexName, index] of Object.entries(TABLE_INDEXES) as [string, TableIndex][]) {
      this.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        ...(index.sortKey ? { sortKey: { name: index.sortKey, type: AttributeType.STRING } } : {}),
        ...(index.projected.length > 0
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projected] }
          : { projectionType: ProjectionType.KEYS_ONLY }),
        ...startingUnits,
      });
    }
    if (capacity.mode === 'provisioned') this.scaleOnUtilisation(capacity);
  }

  /**
   * Target tracking on the table's and each index's reads and writes: an index has its
   * own capacity, and a write to the table is also a write to every index it lands in.
   */
  private scaleOnUtilisation(capacity: Extract<TableCapacity, { mode: 'provisioned' }>) {
    const target = { targetUtilizationPercent: capacity.targetPercent };
    const writes = { minCapacity: capacity.write.min, maxCapacity: capacity.write.max };
    const reads = { minCapacity: capacity.read.min, maxCapacity: capacity.read.max };
    this.autoScaleWriteCapacity(writes).scaleOnUtilization(target);
    this.autoScaleReadCapacity(reads).scaleOnUtilization(target);
    for (const indexName of Object.keys(TABLE_INDEXES)) {
      this.autoScaleGlobalSecondaryIndexWriteCapacity(indexName, writes).scaleOnUtilization(target);
      this.autoScaleGlobalSecondaryIndexReadCapacity(indexName, reads).scaleOnUtilization(target);
    }
  }

  /** The stream's ARN; always present, since the table is created with a stream. */
  get streamArn(): string {
    if (this.tableStreamArn === undefined) throw new Error('ArticlesTable has no stream');
    return this.tableStreamArn;
  }
}
