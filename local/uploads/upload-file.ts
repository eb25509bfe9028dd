import { readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { contentTypeFor } from './content-type.ts';

/**
 * Uploads one local file under `key` with the content type of its name: `put` and the
 * inbox both come through here, so the same file becomes the same object. Returns the
 * number of bytes sent.
 */
export const uploadFile = async (
  client: S3Client,
  target: { bucket: string; key: string },
  file: string,
): Promise<number> => {
  const body = await readFile(file);
  await client.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: target.key,
      Body: body,
      ContentType: contentTypeFor(file),
    }),
  );
  return body.length;
};
