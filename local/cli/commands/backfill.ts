import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import { regionOfQueue } from '#shared/adapters/sqs-queue-arn.ts';
import type { BackfillTarget } from '../../backfill/backfill-targets.ts';
import { type BackfillSummary, DEFAULT_BACKFILL_CONCURRENCY } from '../../backfill/run-backfill.ts';
import { wholeNumber } from '../../command-line/option-values.ts';
import { printable } from '../../command-line/printable.ts';
import { parseCommandArgs } from '../args.ts';
import { usageError } from '../cli-error.ts';
import type { Command, CommandContext } from '../command.ts';
import { openIngestTarget } from '../ingest-target.ts';
import { isSqsQueueUrl } from '../sqs-queue-url.ts';
import { isAwsTarget, type StackOptions } from '../stack-target.ts';

const options = {
  bucket: { type: 'string' },
  prefix: { type: 'string' },
  manifest: { type: 'string' },
  'queue-url': { type: 'string' },
  concurrency: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

/** S3's bucket naming rules (3-63 lower-case letters, digits, dots, hyphens). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const S3_URI = /^s3:\/\/[^/]+\/.+$/;
/** More batches in flight buys little: SQS answers a batch in milliseconds. */
const MAX_CONCURRENCY = 64;

interface BackfillRequest {
  bucket: string | undefined;
  prefix: string | undefined;
  manifest: string | undefined;
  queueUrl: string | undefined;
  concurrency: number;
  dryRun: boolean;
  json: boolean;
  stack: StackOptions;
}

const requestOf = (argv: string[]): BackfillRequest => {
  const { values } = parseCommandArgs('backfill', argv, options, false);
  const { bucket, prefix, manifest } = values;
  const queueUrl = values['queue-url'];
  if (bucket !== undefined && !BUCKET_NAME.test(bucket)) {
    throw usageError(`'${bucket}' is not an S3 bucket name.`);
  }
  if (manifest !== undefined && !S3_URI.test(manifest)) {
    throw usageError(`--manifest wants the s3://BUCKET/KEY of a manifest.json, not '${manifest}'.`);
  }
  if (queueUrl !== undefined && !isSqsQueueUrl(queueUrl)) {
    throw usageError(
      `'${queueUrl}' is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).`,
    );
  }
  if (queueUrl !== undefined && isAwsTarget(values)) {
    throw usageError('--queue-url and --target aws both name the queue: give one.');
  }
  if (queueUrl !== undefined && bucket === undefined && manifest === undefined) {
    throw usageError("'backfill' on AWS needs --bucket (or --manifest).");
  }
  const concurrency = wholeNumber('--concurrency', values.concurrency, {
    min: 1,
    fallback: DEFAULT_BACKFILL_CONCURRENCY,
  });
  if (concurrency > MAX_CONCURRENCY) {
    throw usageError(`--concurrency wants at most ${MAX_CONCURRENCY}, not ${concurrency}.`);
  }
  return {
    bucket,
    prefix,
    manifest,
    queueUrl,
    concurrency,
    dryRun: values['dry-run'],
    json: values.json,
    stack: values,
  };
};

const openTarget = async (
  request: BackfillRequest,
  connect: CommandContext['connect'],
): Promise<BackfillTarget & { queueUrl?: string }> => {
  if (request.queueUrl === undefined) return openIngestTarget(await connect(request.stack));
  const targets = await import('../../backfill/backfill-targets.ts');
  return targets.awsTarget(request.queueUrl, regionOfQueue(request.queueUrl));
};

/** The bucket whose objects are backfilled: given, the manifest's, or the local stack's. */
const bucketOf = (request: BackfillRequest, target: BackfillTarget, fromManifest?: string) => {
  const bucket = request.bucket ?? fromManifest ?? target.articlesBucket;
  if (bucket === undefined) throw usageError("'backfill' needs --bucket.");
  if (target.articlesBucket !== undefined && bucket !== target.articlesBucket) {
    throw usageError(
      `The stack ingests only its articles bucket '${target.articlesBucket}', not '${bucket}'.`,
    );
  }
  return bucket;
};

const where = (bucket: string, prefix: string | undefined) =>
  printable(`s3://${bucket}/${prefix ?? ''}`);

const summaryLine = (summary: BackfillSummary, request: BackfillRequest, bucket: string) => {
  const source = request.manifest
    ? `listed in ${printable(request.manifest)}`
    : `under ${where(bucket, request.prefix)}`;
  if (request.dryRun) {
    return `Would enqueue ${summary.listed} backfill message(s) for the objects ${source} (dry run); nothing was sent.`;
  }
  const into = request.queueUrl ? printable(request.queueUrl) : 'the local ingest queue';
  return `Enqueued ${summary.enqueued} backfill message(s) in ${summary.batches} batch(es) for the objects ${source} into ${into}; live uploads and deletes win over them.`;
};

const objectLine = (object: ListedObject) =>
  `  ${printable(object.key)}${object.size === undefined ? '' : `  ${object.size} bytes`}`;

export const backfillCommand: Command = {
  name: 'backfill',
  summary: 'Enqueue the objects already in a bucket, so that each gets its record',
  usage: `Usage: article-ingest backfill [--bucket B] [--prefix P] [--manifest s3://B/K/manifest.json]
                             [--queue-url URL] [--concurrency N] [--dry-run] [--json]

Sends one S3-event-shaped message per existing object through the ingest queue, ten to a
SendMessageBatch, so the function builds the records of objects uploaded before the stack
(or while events were lost). Backfill messages carry the lowest sequencer there is: a
record a real upload or delete wrote is never replaced, a second backfill is a no-op,
and an upload or delete during the backfill wins whichever arrives first.
  --bucket B      the bucket to list (locally: the stack's articles bucket, the default)
  --prefix P      only keys that start with P
  --manifest URI  read the keys from an S3 Inventory report (CSV, gzipped) instead of
                  listing the bucket; the bucket defaults to the report's source bucket
  --queue-url URL enqueue into a deployed stack's ingest queue (credentials and region
                  from the AWS environment) instead of the local stack's; with
                  --target aws --stack NAME, the stack's own queue and bucket are used
  --concurrency N batches in flight at once (default ${DEFAULT_BACKFILL_CONCURRENCY})
  --dry-run       list the keys that would be enqueued; send nothing
  --json          { bucket, prefix, manifest, dryRun, listed, enqueued, batches }
For archives of millions of objects on AWS, see the Step Functions option in the README.`,
  options,
  run: async (argv, { connect, print, printError }) => {
    const given = requestOf(argv);
    const target = await openTarget(given, connect);
    // A stack found by --target aws names its queue: errors and the summary say which.
    const request = { ...given, queueUrl: given.queueUrl ?? target.queueUrl };
    try {
      const { runBackfillRequest } = await import('../../backfill/backfill-request.ts');
      const { bucket, summary } = await runBackfillRequest(request, target, {
        bucketOf: (fromManifest) => bucketOf(request, target, fromManifest),
        onObject: request.dryRun && !request.json ? (o) => print(objectLine(o)) : undefined,
        onProgress: (p) => printError(`  ${p.listed} listed, ${p.enqueued} enqueued`),
      });
      if (request.json) {
        const { prefix, manifest, dryRun } = request;
        return print(JSON.stringify({ bucket, prefix, manifest, dryRun, ...summary }, null, 2));
      }
      print(summaryLine(summary, request, bucket));
    } finally {
      target.close();
    }
  },
};
