import { bandKeysFor, fingerprintBandAttribute } from '#shared/domain/fingerprint-bands.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import type { RecordStore } from '#shared/pipeline/ports.ts';

/**
 * The store calls `writeObject` makes, in memory with the conditions of the DynamoDB
 * adapter, for driving the write protocol through orders and crashes that are costly to
 * provoke for real (the adapter's conditions run against DynamoDB Local in
 * tests/integration). The duplicate finders answer as the indexes would: by exact content
 * hash, and by fingerprint band for the articles the store writes band keys for.
 */
export const memoryRecordStore = () => {
  const records = new Map<string, ArticleRecord>();
  /** Called before each put; throw from it to simulate a crash or throttling. */
  let beforePut: (record: ArticleRecord) => void = () => {};
  const ingested = () =>
    [...records.values()].flatMap((record) => (record.status === 'ingested' ? [record] : []));
  const store: RecordStore = {
    async putRecord(record, options = {}) {
      beforePut(record);
      const stored = records.get(record.articleId);
      const expected = options.ifStoredSequencerKey;
      if (expected !== undefined && (stored?.sequencerKey ?? null) !== expected) return 'stale';
      if (stored && stored.sequencerKey >= record.sequencerKey) return 'stale';
      records.set(record.articleId, structuredClone(record));
      return 'written';
    },
    async getRecord(articleId) {
      const stored = records.get(articleId);
      return stored ? structuredClone(stored) : null;
    },
    async repointCopy(copy, departedId, kind = 'exact') {
      beforePut(copy);
      const stored = records.get(copy.articleId);
      if (stored?.status !== 'ingested' || stored.sequencerKey !== copy.sequencerKey)
        return 'stale';
      const pointer = kind === 'exact' ? stored.duplicateOf : stored.nearDuplicateOf?.articleId;
      if (pointer !== departedId) return 'stale';
      records.set(copy.articleId, structuredClone(copy));
      return 'written';
    },
    async clearRetiring(articleId, sequencerKey) {
      const stored = records.get(articleId);
      if (stored?.sequencerKey === sequencerKey) delete stored.retiring;
    },
    async findByContentHash(contentHash) {
      return ingested()
        .filter((record) => record.contentHash === contentHash)
        .map(({ articleId, ingestedAt, duplicateOf }) => ({
          articleId,
          ingestedAt,
          ...(duplicateOf !== undefined && { duplicateOf }),
        }));
    },
    async findNearCopies(originalId) {
      return ingested()
        .filter((record) => record.nearDuplicateOf?.articleId === originalId)
        .map((record) => record.articleId);
    },
    async findByFingerprintBands(probes) {
      return ingested().flatMap((record) => {
        const keys = bandKeysFor(record);
        const shares = probes.some(
          ({ band, value }) => keys[fingerprintBandAttribute(band)] === value,
        );
        return shares && record.fingerprint !== undefined
          ? [
              {
                articleId: record.articleId,
                fingerprint: record.fingerprint,
                ingestedAt: record.ingestedAt,
              },
            ]
          : [];
      });
    },
    async findCopyCandidates(contentHash, _fingerprint, probes) {
      return {
        sameContent: await store.findByContentHash(contentHash),
        nearCandidates: await store.findByFingerprintBands(probes),
      };
    },
  };
  return {
    store,
    records,
    failBeforePut: (hook: (record: ArticleRecord) => void) => {
      beforePut = hook;
    },
  };
};
