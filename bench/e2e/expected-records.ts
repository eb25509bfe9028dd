import type { ArticleRecord } from '#shared/domain/record.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';
import type { GeneratedFile } from './generate-files.ts';

/** A fixed sequencer of S3's width: the records' sizes match what the stack writes. */
const SEQUENCER = '0062E5A1B2C3D4E5F6';

/**
 * Every record the stack will write for these files in `bucket`, built by the same pure
 * pipeline: the file's own record, and for a feed or archive one per article in it. Ids
 * depend only on bucket and key, so the table is complete when it holds all of these;
 * their sizes also give the floor's writes.
 */
export const expectedRecords = (
  files: readonly GeneratedFile[],
  bucket: string,
  now: Date,
): ArticleRecord[] =>
  files.flatMap((file) => {
    const source = {
      bucket,
      key: file.key,
      sequencer: SEQUENCER,
      size: file.body.length,
      contentType: file.contentType,
    };
    const built = buildObject({ bytes: file.body, source, now });
    return built.kind === 'article' ? [built.record] : [built.record, ...built.items];
  });
