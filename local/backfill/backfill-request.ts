import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import { BackfillSendError } from '#shared/adapters/sqs-backfill-sender.ts';
import { describeAwsError } from '../cli/aws-errors.ts';
import { CliError } from '../cli/cli-error.ts';
import type { BackfillTarget } from './backfill-targets.ts';
import { inventoryObjects, ManifestError, readManifest } from './inventory-manifest.ts';
import { listBucket } from './list-bucket.ts';
import { type BackfillSummary, runBackfill } from './run-backfill.ts';

export interface BackfillRequestOptions {
  prefix: string | undefined;
  manifest: string | undefined;
  queueUrl: string | undefined;
  concurrency: number;
  dryRun: boolean;
}

export interface BackfillHooks {
  /** The bucket to backfill, given the manifest's source bucket when there is one. */
  bucketOf: (fromManifest?: string) => string;
  onObject: ((object: ListedObject) => void) | undefined;
  onProgress: (progress: BackfillSummary) => void;
}

/** S3 names for "that bucket or key is not there". */
const S3_MISSING = new Set(['NoSuchBucket', 'NoSuchKey', 'NotFound']);

/** One sentence for what went wrong (exit 1); an error it does not know is returned as is. */
const describe = (error: unknown, request: BackfillRequestOptions): unknown => {
  if (error instanceof ManifestError || error instanceof BackfillSendError) {
    return new CliError(error.message, 1, { cause: error });
  }
  if (error instanceof Error && S3_MISSING.has(error.name)) {
    return new CliError(`S3 answered ${error.name}: ${error.message}`, 1, { cause: error });
  }
  return request.queueUrl === undefined ? error : describeAwsError(error, request.queueUrl);
};

/** Resolves where the keys come from (a listing or an Inventory report), then runs it. */
export const runBackfillRequest = async (
  request: BackfillRequestOptions,
  target: BackfillTarget,
  hooks: BackfillHooks,
): Promise<{ bucket: string; summary: BackfillSummary }> => {
  try {
    const manifest = request.manifest && (await readManifest(target.s3, request.manifest));
    const bucket = hooks.bucketOf(manifest ? manifest.sourceBucket : undefined);
    const objects = manifest
      ? inventoryObjects(target.s3, manifest, request.prefix)
      : listBucket(target.s3, bucket, request.prefix);
    const summary = await runBackfill({
      bucket,
      objects,
      send: request.dryRun ? undefined : target.send,
      eventTime: new Date().toISOString(),
      concurrency: request.concurrency,
      onProgress: hooks.onProgress,
      ...(hooks.onObject && { onObject: hooks.onObject }),
    });
    return { bucket, summary };
  } catch (error) {
    throw describe(error, request);
  }
};
