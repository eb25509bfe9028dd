import { IngestError, TransientError } from '../domain/errors.ts';
import type { ContentReader, ContentStore } from '../pipeline/ports.ts';
import type { BoundedBytes, S3Api } from './s3-api.ts';

/**
 * The most a stored body is read back: it is JSON this pipeline wrote from a file under
 * the object size limit, so anything near this is not ours to parse.
 */
export const MAX_CONTENT_BYTES = 256 * 1024 * 1024;

/**
 * Keeps bodies too large for one item in ContentBucket (which sends no notifications),
 * and reads them back from wherever a record's `contentRef` says they are.
 */
export const createS3ContentStore = (
  client: S3Api,
  bucket: string,
): ContentStore & ContentReader => ({
  async putContent(key, json) {
    try {
      await client.putObject({
        Bucket: bucket,
        Key: key,
        Body: json,
        ContentType: 'application/json; charset=utf-8',
      });
    } catch (error) {
      throw new TransientError(`PutObject s3://${bucket}/${key} failed`, { cause: error });
    }
    return { bucket, key };
  },

  async getContent({ bucket: from, key }) {
    let read: BoundedBytes;
    try {
      const object = await client.getObject({ Bucket: from, Key: key });
      read = await object.readBody(MAX_CONTENT_BYTES);
    } catch (error) {
      throw new TransientError(`GetObject s3://${from}/${key} failed`, { cause: error });
    }
    if (!read.complete) {
      throw new IngestError(
        `s3://${from}/${key} is over ${MAX_CONTENT_BYTES} bytes: no stored body`,
      );
    }
    return new TextDecoder().decode(read.bytes);
  },
});
