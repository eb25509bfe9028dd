import { RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface SecureBucketProps {
  readonly removalPolicy: RemovalPolicy;
  /** Where server access logs go; omitted only for the access-log bucket itself. */
  readonly accessLogs?: { readonly bucket: IBucket; readonly prefix: string };
}

/**
 * A bucket with the settings every bucket of this stack shares: versioned,
 * S3-managed encryption, no public access, TLS only. Its objects are deleted with
 * it only when the removal policy is DESTROY.
 */
export class SecureBucket extends Bucket {
  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    const destroy = props.removalPolicy === RemovalPolicy.DESTROY;
    super(scope, id, {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: destroy,
      serverAccessLogsBucket: props.accessLogs?.bucket,
      serverAccessLogsPrefix: props.accessLogs?.prefix,
    });
  }
}
