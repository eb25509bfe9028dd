import type { ArticleRecord } from '#shared/domain/record.ts';
import type { ObjectWriteStore } from '#shared/pipeline/write-object.ts';

/**
 * The store calls `writeObject` makes, in memory with the conditions of the DynamoDB
 * adapter, for driving the write protocol through orders and crashes that are costly to
 * provoke for real (the adapter's conditions run against DynamoDB Local in
 * tests/integration).
 */
export const memoryRecordStore = () => {
  const records = new Map<string, ArticleRecord>();
  /** Called before each put; throw from it to simulate a crash or throttling. */
  let beforePut: (record: ArticleRecord) => void = () => {};
  const store: ObjectWriteStore = {
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
    async clearRetiring(articleId, sequencerKey) {
      const stored = records.get(articleId);
      if (stored?.sequencerKey === sequencerKey) delete stored.retiring;
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
