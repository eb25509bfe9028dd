import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';

const QUOTES = /^"|"$/g;

/**
 * Every object of `bucket` under `prefix`, page by page (ListObjectsV2 returns 1,000 a
 * page), so an archive of millions is never held in memory at once.
 */
export async function* listBucket(
  s3: S3Client,
  bucket: string,
  prefix: string | undefined,
): AsyncGenerator<ListedObject> {
  const pages = paginateListObjectsV2(
    { client: s3 },
    { Bucket: bucket, ...(prefix !== undefined && { Prefix: prefix }) },
  );
  for await (const page of pages) {
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined) continue;
      yield {
        key: object.Key,
        ...(object.Size !== undefined && { size: object.Size }),
        ...(object.ETag !== undefined && { eTag: object.ETag.replace(QUOTES, '') }),
      };
    }
  }
}
