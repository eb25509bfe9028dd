import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import { decodeS3Key } from '#shared/events/s3-key-encoding.ts';
import { parseCsvLine } from './csv-line.ts';

/** A malformed or unsupported S3 Inventory manifest: one sentence for the operator. */
export class ManifestError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ManifestError';
  }
}

/** The parts of an S3 Inventory `manifest.json` a backfill reads. */
const Manifest = z.object({
  sourceBucket: z.string().min(1),
  destinationBucket: z.string().min(1),
  fileFormat: z.string(),
  fileSchema: z.string().min(1),
  files: z.array(z.object({ key: z.string().min(1) })),
});
type Manifest = z.infer<typeof Manifest>;

/** `s3://bucket/key` -> its parts. */
export const parseS3Uri = (uri: string): { bucket: string; key: string } | undefined => {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  return match?.[1] && match[2] ? { bucket: match[1], key: match[2] } : undefined;
};

/** The destination bucket is given as an ARN in the manifest. */
const bucketOfArn = (arn: string): string => arn.replace(/^arn:aws[a-z-]*:s3:::/, '');

const bodyStream = async (s3: S3Client, bucket: string, key: string): Promise<Readable> => {
  const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!(response.Body instanceof Readable)) {
    throw new ManifestError(`s3://${bucket}/${key} has no readable body.`);
  }
  return response.Body;
};

/** Reads and checks `manifest.json`; only CSV reports are read (ORC and Parquet need more). */
export const readManifest = async (s3: S3Client, uri: string): Promise<Manifest> => {
  const location = parseS3Uri(uri);
  if (!location) throw new ManifestError(`'${uri}' is not an s3://bucket/key URI.`);
  const chunks: Buffer[] = [];
  for await (const chunk of await bodyStream(s3, location.bucket, location.key)) {
    chunks.push(chunk as Buffer);
  }
  let parsed: z.ZodSafeParseResult<Manifest>;
  try {
    parsed = Manifest.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } catch (error) {
    throw new ManifestError(`${uri} is not JSON.`, { cause: error });
  }
  if (!parsed.success) throw new ManifestError(`${uri} is not an S3 Inventory manifest.`);
  if (parsed.data.fileFormat !== 'CSV') {
    throw new ManifestError(
      `${uri} lists ${parsed.data.fileFormat} files; only CSV inventory reports are read.`,
    );
  }
  return parsed.data;
};

/** Column positions of the fields a backfill reads, from the manifest's `fileSchema`. */
const columnsOf = (manifest: Manifest) => {
  const names = manifest.fileSchema.split(',').map((name) => name.trim());
  const at = (name: string) => names.indexOf(name);
  if (at('Key') < 0) throw new ManifestError('The inventory schema has no Key column.');
  return {
    key: at('Key'),
    size: at('Size'),
    eTag: at('ETag'),
    isLatest: at('IsLatest'),
    isDeleteMarker: at('IsDeleteMarker'),
  };
};

/**
 * The current objects an S3 Inventory report lists, one gzipped CSV file after another,
 * streamed line by line. Keys are URL-encoded in CSV reports and decoded here; a report
 * that lists versions yields only current versions that are not delete markers.
 */
export async function* inventoryObjects(
  s3: S3Client,
  manifest: Manifest,
  prefix: string | undefined,
): AsyncGenerator<ListedObject> {
  const columns = columnsOf(manifest);
  const bucket = bucketOfArn(manifest.destinationBucket);
  for (const file of manifest.files) {
    const lines = createInterface({
      input: (await bodyStream(s3, bucket, file.key)).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (line === '') continue;
      const fields = parseCsvLine(line);
      if (fields[columns.isLatest] === 'false' || fields[columns.isDeleteMarker] === 'true') {
        continue;
      }
      const encoded = fields[columns.key];
      if (!encoded) continue;
      const key = decodeS3Key(encoded);
      if (prefix !== undefined && !key.startsWith(prefix)) continue;
      const size = Number(fields[columns.size]);
      const eTag = fields[columns.eTag];
      yield {
        key,
        ...(Number.isSafeInteger(size) && size >= 0 && { size }),
        ...(eTag && { eTag }),
      };
    }
  }
}
