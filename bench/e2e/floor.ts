import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StackClients } from '#local/cli/stack.ts';
import { toItem } from '#shared/adapters/dynamo-record-item.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { mapLimited } from '#shared/pipeline/map-limited.ts';
import type { GeneratedFile } from './generate-files.ts';

/** Ids of the floor's items: a prefix no real id (32 hex digits) can have. */
const FLOOR_ID_PREFIX = 'floor-';

/** The records of one file, for the floor to write right after its put. */
export const recordsByKey = (records: readonly ArticleRecord[]): Map<string, ArticleRecord[]> => {
  const byKey = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const list = byKey.get(record.source.key) ?? [];
    list.push(record);
    byKey.set(record.source.key, list);
  }
  return byKey;
};

/**
 * The floor: what the run costs with no processing at all. The same files are put, with
 * the same concurrency, into a bucket of their own that sends no notifications, and each
 * put is followed by plain PutItems of the records the stack would write for that file
 * (the same items, index keys included, so the same index writes; under ids of their
 * own). No fetch, no parsing, no reads, no conditions, no queue.
 */
export const runFloor = async (
  stack: StackClients,
  files: readonly GeneratedFile[],
  records: readonly ArticleRecord[],
  options: { bucket: string; concurrency: number },
): Promise<void> => {
  await stack.s3.send(new CreateBucketCommand({ Bucket: options.bucket }));
  const byKey = recordsByKey(records);
  await mapLimited(files, options.concurrency, async (file) => {
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: options.bucket,
        Key: file.key,
        Body: file.body,
        ContentType: file.contentType,
      }),
    );
    for (const record of byKey.get(file.key) ?? []) {
      const item = { ...toItem(record), articleId: `${FLOOR_ID_PREFIX}${record.articleId}` };
      await stack.db.send(new PutCommand({ TableName: stack.info.tableName, Item: item }));
    }
  });
};
