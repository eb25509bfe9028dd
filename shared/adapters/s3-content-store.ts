import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { TransientError } from '../domain/errors.ts';
import type { ContentReader, ContentStore } from '../pipeline/ports.ts';

/**
 * Keeps bodies too large for one item in ContentBucket (which sends no notifications),
 * and reads them back from wherever a record's `contentRef` says they are.
 */
export const createS3ContentStore = (
  client: S3Client,
  bucket: string,
): ContentStore & ContentReader => ({
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

  async getContent({ bucket: from, key }) {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: from, Key: key }));
      return (await object.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      throw new TransientError(`GetObject s3://${from}/${key} failed`, { cause: error });
    }
  },
});
