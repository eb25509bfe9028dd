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

export interface ArticlesTableProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * One item per article, keyed as `shared/domain/table-design.ts` says: on-demand,
 * point-in-time recovery, a stream of new and old images for downstream consumers,
 * and one sparse index per reader question (publication day, publisher, content hash,
 * and one per fingerprint band for near duplicates), each projecting only what its
 * reader needs, so an index write costs one unit, not a
 * copy of the record (docs/TABLE.md).
 */
export class ArticlesTable extends Table {
  constructor(scope: Construct, id: string, props: ArticlesTableProps) {
    super(scope, id, {
      partitionKey: { name: TABLE_PARTITION_KEY, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
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
      });
    }
  }

  /** The stream's ARN; always present, since the table is created with a stream. */
  get streamArn(): string {
    if (this.tableStreamArn === undefined) throw new Error('ArticlesTable has no stream');
    return this.tableStreamArn;
  }
}
