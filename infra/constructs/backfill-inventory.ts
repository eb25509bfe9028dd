import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Condition } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/**
 * `cdk deploy -c backfillStateMachine=true -c backfillInventoryBucket=NAME`: the bucket
 * S3 Inventory writes ArticlesBucket's reports to. The state machine may read objects of
 * that bucket only (manifests and their CSV files); without it, it only lists.
 */
export const BACKFILL_INVENTORY_BUCKET_CONTEXT_KEY = 'backfillInventoryBucket';

/** S3's bucket naming rules: 3 to 63 lowercase letters, digits, dots and hyphens. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The inventory bucket's name, if the deploy names one; a bad name fails the synth. */
export const inventoryBucketName = (scope: Construct): string | undefined => {
  const name: unknown = scope.node.tryGetContext(BACKFILL_INVENTORY_BUCKET_CONTEXT_KEY);
  if (name === undefined) return undefined;
  if (typeof name !== 'string' || !BUCKET_NAME.test(name)) {
    throw new Error(
      `Context: ${BACKFILL_INVENTORY_BUCKET_CONTEXT_KEY} must be an S3 bucket name, not '${String(name)}'.`,
    );
  }
  return name;
};

export const inventoryBucket = (scope: Construct, name: string): IBucket =>
  Bucket.fromBucketName(scope, 'InventoryBucket', name);

/**
 * A manifest the state machine can read: a key in the inventory bucket, and no `prefix`
 * (a report is read whole; an inventory configuration has its own prefix filter).
 */
export const readableManifest = (bucketName: string) =>
  Condition.jsonata(
    `{% $states.input.manifest.bucket = ${JSON.stringify(bucketName)} and $type($states.input.manifest.key) = 'string' and $not($exists($states.input.prefix)) %}`,
  );

/** Why a run naming a manifest stops before reading anything. */
export const unreadableManifestCause = (bucketName: string | undefined): string =>
  bucketName === undefined
    ? `This deploy reads no inventory: deploy with -c ${BACKFILL_INVENTORY_BUCKET_CONTEXT_KEY}=NAME, or start the run with a prefix instead of a manifest.`
    : `The input's manifest must be {"bucket": "${bucketName}", "key": ".../manifest.json"}, without a prefix (limit the report by its inventory configuration's prefix).`;
