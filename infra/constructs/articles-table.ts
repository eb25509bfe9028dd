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
import { TABLE_INDEXES, TABLE_PARTITION_KEY } from '#shared/domain/table-design.ts';

export interface ArticlesTableProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * One item per article, keyed as `shared/domain/table-design.ts` says: on-demand,
 * point-in-time recovery, a stream of new and old images for downstream consumers,
 * and one sparse index per reader question (publication day, publisher, content hash).
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
    for (const [indexName, { partitionKey }] of Object.entries(TABLE_INDEXES)) {
      this.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: partitionKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /** The stream's ARN; always present, since the table is created with a stream. */
  get streamArn(): string {
    if (this.tableStreamArn === undefined) throw new Error('ArticlesTable has no stream');
    return this.tableStreamArn;
  }
}
