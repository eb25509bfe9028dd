import { describe, expect, it } from 'vitest';
import { type ActualRecord, compareTable, isExact } from '#bench/faults/compare-table.ts';
import type { ExpectedRecord } from '#bench/faults/expected-model.ts';

const expected = (
  id: string,
  status: ExpectedRecord['status'],
  sequencer?: string,
  optional = false,
): ExpectedRecord => ({
  articleId: id,
  key: `${id}.txt`,
  status,
  ...(sequencer ? { sequencer } : {}),
  optional,
});
const actual = (id: string, status: string, sequencer: string): ActualRecord => ({
  articleId: id,
  key: `${id}.txt`,
  status,
  sequencer,
});

const counts = (e: ExpectedRecord[], a: ActualRecord[]) => {
  const result = compareTable(e, a);
  return {
    lost: result.lost.length,
    stale: result.stale.length,
    duplicated: result.duplicated.length,
  };
};

describe('compareTable', () => {
  it('passes a table that holds exactly the expected records', () => {
    const result = compareTable(
      [expected('a', 'ingested', '02')],
      [actual('a', 'ingested', '0002')],
    );

    expect(isExact(result)).toBe(true);
    expect(result.expected).toBe(1);
  });

  it('counts a missing record as lost', () => {
    expect(counts([expected('a', 'ingested', '02')], [])).toEqual({
      lost: 1,
      stale: 0,
      duplicated: 0,
    });
  });

  it('counts a record older than the last event for its key as stale', () => {
    expect(counts([expected('a', 'removed', '05')], [actual('a', 'ingested', '03')])).toEqual({
      lost: 0,
      stale: 1,
      duplicated: 0,
    });
  });

  it('counts a live article a forged removal turned into a tombstone as lost', () => {
    const forged = actual('a', 'removed', 'FFFFFFFFFFFFFFFFFF');

    expect(counts([expected('a', 'ingested', '05')], [forged])).toEqual({
      lost: 1,
      stale: 0,
      duplicated: 0,
    });
  });

  it('counts a record the model has no place for as duplicated', () => {
    const extra = actual('b', 'ingested', '01');

    expect(
      counts([expected('a', 'ingested', '01')], [actual('a', 'ingested', '01'), extra]),
    ).toEqual({
      lost: 0,
      stale: 0,
      duplicated: 1,
    });
  });

  it('accepts an optional tombstone that is absent, and any sequencer where the model has none', () => {
    const e = [expected('a', 'ingested'), expected('b', 'removed', undefined, true)];

    expect(isExact(compareTable(e, [actual('a', 'ingested', '09')]))).toBe(true);
  });

  it('counts a dropped article still alive as stale', () => {
    const e = [expected('b', 'removed', undefined, true)];

    expect(counts(e, [actual('b', 'ingested', '01')])).toEqual({
      lost: 0,
      stale: 1,
      duplicated: 0,
    });
  });

  it('counts a rejection where an article was expected as lost', () => {
    expect(counts([expected('a', 'ingested', '01')], [actual('a', 'rejected', '01')])).toEqual({
      lost: 1,
      stale: 0,
      duplicated: 0,
    });
  });
});
