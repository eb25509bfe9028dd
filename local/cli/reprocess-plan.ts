import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';

/** Version parts compared as numbers when both are digits (`1.10.0` is after `1.9.2`). */
const DIGITS = /^\d+$/;

/** Orders dotted versions (`1.2.0`): negative when `a` comes before `b`. */
export const compareVersions = (a: string, b: string): number => {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index] ?? '0';
    const y = right[index] ?? '0';
    if (x === y) continue;
    if (DIGITS.test(x) && DIGITS.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
};

/**
 * A sequencer just above the stored record's: sequencer keys compare as strings of one
 * width, so the stored key with one more digit sorts after it (the conditional write
 * replaces the record) and before every key greater than the stored one (a real upload
 * or delete that comes later still wins, as S3's own sequencers grow per key).
 */
export const reprocessSequencer = (storedSequencerKey: string): string => `${storedSequencerKey}1`;

export interface ReprocessFilter {
  /** The bucket the stack ingests: records of objects elsewhere are not its to redo. */
  bucket: string;
  /** Only keys that start with this. */
  prefix: string;
  /** Records made by an extractor older than this version. */
  olderThan: string;
}

/**
 * The objects to ingest again: one per file record (an item's record is rebuilt with its
 * file's) made by an older extractor, under the prefix. Tombstones are left alone: their
 * object is gone, and its removal's record stands.
 */
export const planReprocess = (
  records: Iterable<ArticleRecord>,
  { bucket, prefix, olderThan }: ReprocessFilter,
): ListedObject[] => {
  const objects: ListedObject[] = [];
  for (const record of records) {
    const { source } = record;
    if (source.item !== undefined || record.status === 'removed') continue;
    if (source.bucket !== bucket || !source.key.startsWith(prefix)) continue;
    if (compareVersions(record.extractorVersion, olderThan) >= 0) continue;
    objects.push({
      key: source.key,
      ...(source.size !== undefined && { size: source.size }),
      sequencer: reprocessSequencer(record.sequencerKey),
    });
  }
  return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};
