import { TransientError } from '../domain/errors.ts';
import type { ObjectRef } from '../domain/object-ref.ts';
import type { FetchResult, ObjectPresence, ObjectSource } from '../pipeline/ports.ts';
import { httpStatusOf, type S3Api, type S3ObjectInput, type S3ObjectOutput } from './s3-api.ts';

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

/**
 * Reads objects from S3: the version the event names, never more than `maxBytes`. The
 * declared length turns a large object away before its body is read; the read itself
 * stops past `maxBytes` whatever was declared.
 */
export const createS3ObjectSource = (client: S3Api): ObjectSource => ({
  async fetchObject(ref, { maxBytes }) {
    const response = await getObject(client, ref);
    if (!response) return { kind: 'missing' };
    const declared = response.ContentLength;
    if (declared !== undefined && declared > maxBytes) {
      await response.discardBody();
      return { kind: 'too-large', size: declared };
    }
    const { bytes, complete } = await readBody(response, ref, maxBytes);
    if (!complete) return { kind: 'too-large', size: Math.max(bytes.byteLength, declared ?? 0) };
    return found(response, bytes);
  },
  headObject: (ref) => headObject(client, ref),
});

const inputOf = (ref: ObjectRef): S3ObjectInput => ({
  Bucket: ref.bucket,
  Key: ref.key,
  ...(ref.versionId !== undefined && { VersionId: ref.versionId }),
});

const headObject = async (client: S3Api, ref: ObjectRef): Promise<ObjectPresence> => {
  try {
    await client.headObject(inputOf(ref));
    return 'present';
  } catch (error) {
    if (isMissing(error) || ABSENT_STATUSES.has(httpStatusOf(error))) return 'absent';
    throw new TransientError(`HeadObject s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

const getObject = async (client: S3Api, ref: ObjectRef): Promise<S3ObjectOutput | null> => {
  try {
    return await client.getObject(inputOf(ref));
  } catch (error) {
    if (isMissing(error)) return null;
    throw new TransientError(`GetObject s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

const isMissing = (error: unknown): boolean =>
  error instanceof Error && MISSING_ERRORS.has(error.name);

const readBody = async (response: S3ObjectOutput, ref: ObjectRef, maxBytes: number) => {
  try {
    return await response.readBody(maxBytes);
  } catch (error) {
    throw new TransientError(`Reading s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
};

const found = (response: S3ObjectOutput, bytes: Uint8Array): FetchResult => ({
  kind: 'found',
  bytes,
  size: bytes.byteLength,
  ...(response.ContentType !== undefined && { contentType: response.ContentType }),
  ...(response.VersionId !== undefined && { versionId: response.VersionId }),
  ...(response.ETag !== undefined && { eTag: response.ETag.replace(QUOTES, '') }),
});
