import { createRequire } from 'node:module';
import type { S3rverContext } from 's3rver';
import {
  isValidBucketName,
  isValidPartNumber,
  isValidUploadId,
  keyProblem,
  MAX_KEY_BYTES,
  percentDecodedBytes,
} from './s3-key-rules.ts';

const require = createRequire(import.meta.url);
/** s3rver's error type: thrown from a middleware, it becomes S3's XML error answer. */
const S3Error = require('s3rver/lib/models/error.js') as new (
  code: string,
  message: string,
  detail?: Record<string, unknown>,
) => Error;

/** `x-amz-copy-source` is `[/]bucket/key`: what precedes the key. */
const COPY_SOURCE_BUCKET = /^\/?[^/]*\/?/;

const keyError = (bytes: Buffer): Error | undefined => {
  const problem = keyProblem(bytes);
  if (problem?.code === 'KeyTooLongError')
    return new S3Error('KeyTooLongError', 'Your key is too long', {
      Size: problem.size,
      MaxSizeAllowed: MAX_KEY_BYTES,
    });
  if (problem) return new S3Error('InvalidURI', "Couldn't parse the specified URI.");
  return undefined;
};

/** The first thing S3 would refuse in this request, as S3's own error. */
const requestError = (ctx: S3rverContext): Error | undefined => {
  const [, rawBucket = '', ...rawKey] = ctx.path.split('/');
  const bucket = percentDecodedBytes(rawBucket).toString('utf8');
  if (bucket && !isValidBucketName(bucket))
    return new S3Error('InvalidBucketName', 'The specified bucket is not valid.', {
      BucketName: bucket,
    });
  const problem = keyError(percentDecodedBytes(rawKey.join('/')));
  if (problem) return problem;
  const copySource = ctx.headers['x-amz-copy-source'];
  if (typeof copySource === 'string') {
    const sourceProblem = keyError(percentDecodedBytes(copySource.replace(COPY_SOURCE_BUCKET, '')));
    if (sourceProblem) return sourceProblem;
    // s3rver reads the header with decodeURI, which leaves `%2F` and `%2B` encoded, as
    // clients send them: hand it a form that decodeURI turns into the real key.
    ctx.headers['x-amz-copy-source'] = encodeURI(percentDecodedBytes(copySource).toString('utf8'));
  }
  const { uploadId, partNumber } = ctx.query;
  if (uploadId !== undefined && !isValidUploadId(uploadId))
    return new S3Error('NoSuchUpload', 'The specified upload does not exist.', {
      UploadId: String(uploadId),
    });
  if (partNumber !== undefined && !isValidPartNumber(partNumber))
    return new S3Error('InvalidArgument', 'Part number must be an integer between 1 and 10000.', {
      ArgumentName: 'partNumber',
    });
  return undefined;
};

/**
 * A Koa middleware in front of s3rver's routes that refuses, with S3's own errors, what
 * S3 refuses and s3rver does not: keys over 1024 bytes or not UTF-8 (`KeyTooLongError`,
 * `InvalidURI`), bucket names outside S3's rules, and upload ids or part numbers that
 * s3rver would otherwise join into a file path.
 */
export const guardS3Request = async (ctx: S3rverContext, next: () => Promise<void>) => {
  const error = requestError(ctx);
  if (error) throw error;
  await next();
};
