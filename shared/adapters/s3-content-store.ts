import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { TransientError } from '../domain/errors.ts';
import type { ContentStore } from '../pipeline/ports.ts';

/** Keeps bodies too large for one item in ContentBucket (which sends no notifications). */
export const createS3ContentStore = (client: S3Client, bucket: string): ContentStore => ({
  async putContent(key, json) {
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: json,
          ContentType: 'application/json; charset=utf-8',
        }),
      );
    } catch (error) {
      throw new TransientError(`PutObject s3://${bucket}/${key} failed`, { cause: error });
    }
    return { bucket, key };
  },
});
