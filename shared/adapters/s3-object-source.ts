import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { TransientError } from '../domain/errors.ts';
import type { ObjectRef } from '../domain/object-ref.ts';
import type { FetchResult, ObjectPresence, ObjectSource } from '../pipeline/ports.ts';

/**
 * Error names S3 uses for "that object (version) is not there (any more)". A missing
 * bucket (`NoSuchBucket`) is not among them: that is a wiring fault to retry and surface.
 */
const MISSING_ERRORS = new Set(['NoSuchKey', 'NoSuchVersion', 'NotFound']);
/**
 * HEAD answers carry no error body, only a status: 404 when the key (or version) is not
 * there or its current version is a delete marker, 405 when the version named is itself
 * a delete marker. Both mean no object.
 */
const ABSENT_STATUSES = new Set([404, 405]);
/** S3 wraps ETags in double quotes; events carry them bare. */
const QUOTES = /^"|"$/g;

/** Reads objects from S3: the version the event names, never more than `maxBytes`. */
export const createS3ObjectSource = (client: S3Client): ObjectSource => ({
  async fetchObject(ref, { maxBytes }) {
    const response = await getObject(client, ref);
    if (!response) return { kind: 'missing' };
    const declared = response.ContentLength;
    if (declared !== undefined && declared > maxBytes) {
      discardBody(response);
      return { kind: 'too-large', size: declared };
    }
    const bytes = await readBody(response, ref);
    if (bytes.byteLength > maxBytes) return { kind: 'too-large', size: bytes.byteLength };
    return found(response, bytes);
  },
  headObject: (ref) => headObject(client, ref),
});

const headObject = async (client: S3Client, ref: ObjectRef): Promise<ObjectPresence> => {
  try {
    await client.send(
      new HeadObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        ...(ref.versionId !== undefined && { VersionId: ref.versionId }),
      }),
    );
    return 'present';
  } catch (error) {
    if (isMissing(error) || ABSENT_STATUSES.has(httpStatusOf(error))) return 'absent';
    throw new TransientError(`HeadObject s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

const httpStatusOf = (error: unknown): number =>
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode ?? 0;

const getObject = async (
  client: S3Client,
  ref: ObjectRef,
): Promise<GetObjectCommandOutput | null> => {
  try {
    return await client.send(
      new GetObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        ...(ref.versionId !== undefined && { VersionId: ref.versionId }),
      }),
    );
  } catch (error) {
    if (isMissing(error)) return null;
    throw new TransientError(`GetObject s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

const isMissing = (error: unknown): boolean =>
  error instanceof Error && MISSING_ERRORS.has(error.name);

const readBody = async (response: GetObjectCommandOutput, ref: ObjectRef): Promise<Uint8Array> => {
  if (!response.Body) return new Uint8Array();
  try {
    return await response.Body.transformToByteArray();
  } catch (error) {
    throw new TransientError(`Reading s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

/** Closes the connection without reading a body we will not use. */
const discardBody = (response: GetObjectCommandOutput): void => {
  const body = response.Body as { destroy?: () => void } | undefined;
  body?.destroy?.();
};

const found = (response: GetObjectCommandOutput, bytes: Uint8Array): FetchResult => ({
  kind: 'found',
  bytes,
  size: bytes.byteLength,
  ...(response.ContentType !== undefined && { contentType: response.ContentType }),
  ...(response.VersionId !== undefined && { versionId: response.VersionId }),
  ...(response.ETag !== undefined && { eTag: response.ETag.replace(QUOTES, '') }),
});
