import { sequencerKey } from '#shared/domain/object-ref.ts';
import type { ExpectedRecord } from './expected-model.ts';

/** What the comparison needs of a record read from the table. */
export interface ActualRecord {
  articleId: string;
  key: string;
  status: string;
  sequencer: string;
}

export interface Finding {
  articleId: string;
  key: string;
  detail: string;
}

/**
 * Expected vs actual, exactly: `lost` (an expected record missing, or not what the last
 * real event left: another status, or a sequencer no real event had), `stale` (a record
 * older than the last event for its key, or an article alive after its file dropped
 * it), `duplicated` (a record the model has no place for, such as a second record of
 * one article).
 */
export interface Comparison {
  expected: number;
  lost: Finding[];
  stale: Finding[];
  duplicated: Finding[];
}

const describe = (record: { status: string; sequencer?: string }) =>
  `${record.status}@${record.sequencer ?? 'any'}`;

const judge = (expected: ExpectedRecord, actual: ActualRecord | undefined) => {
  if (!actual) return expected.optional ? undefined : ('lost' as const);
  if (expected.sequencer !== undefined) {
    const order = sequencerKey(actual.sequencer).localeCompare(sequencerKey(expected.sequencer));
    if (order < 0) return 'stale' as const;
    if (order > 0) return 'lost' as const;
  }
  if (actual.status === expected.status) return undefined;
  // An article still live where its file's last event (or a newer version) removed it.
  return expected.status === 'removed' ? ('stale' as const) : ('lost' as const);
};

/** Compares every expected record with the table and flags every record it did not expect. */
export const compareTable = (
  expected: readonly ExpectedRecord[],
  actual: readonly ActualRecord[],
): Comparison => {
  const actualById = new Map(actual.map((record) => [record.articleId, record]));
  const result: Comparison = {
    expected: expected.filter((e) => !e.optional).length,
    lost: [],
    stale: [],
    duplicated: [],
  };
  for (const e of expected) {
    const a = actualById.get(e.articleId);
    const verdict = judge(e, a);
    if (!verdict) continue;
    const name = e.itemKey === undefined ? e.key : `${e.key} item ${e.itemKey}`;
    const detail = `${name}: expected ${describe(e)}, found ${a ? describe(a) : 'nothing'}`;
    result[verdict].push({ articleId: e.articleId, key: e.key, detail });
  }
  const expectedIds = new Set(expected.map((e) => e.articleId));
  const seen = new Set<string>();
  for (const a of actual) {
    const repeated = seen.has(a.articleId);
    seen.add(a.articleId);
    if (expectedIds.has(a.articleId) && !repeated) continue;
    const detail = `${a.key}: unexpected record ${a.articleId} (${describe(a)})`;
    result.duplicated.push({ articleId: a.articleId, key: a.key, detail });
  }
  return result;
};

/** True when the table is exactly what the model expects. */
export const isExact = (comparison: Comparison): boolean =>
  comparison.lost.length === 0 &&
  comparison.stale.length === 0 &&
  comparison.duplicated.length === 0;
