import { describe, expect, it } from 'vitest';
import {
  bareETag,
  type ListedObject,
  planReconciliation,
  type RecordSummary,
} from '#local/stack/reconcile-plan.ts';

const object = (key: string, eTag = 'e1'): ListedObject => ({ key, eTag, size: 10 });
const record = (key: string, status: string, eTag = 'e1', isItem = false): RecordSummary => ({
  key,
  status,
  eTag,
  isItem,
});

describe('planReconciliation', () => {
  it('plans a creation for an object that has no record', () => {
    const plan = planReconciliation(
      [object('a.txt'), object('b.txt')],
      [record('a.txt', 'ingested')],
    );

    expect(plan).toEqual({ created: [object('b.txt')], removed: [] });
  });

  it('plans a creation when the record was written for other bytes (a lost overwrite)', () => {
    const plan = planReconciliation([object('a.txt', 'new')], [record('a.txt', 'ingested', 'old')]);

    expect(plan.created).toEqual([object('a.txt', 'new')]);
  });

  it('plans a creation when the record is a tombstone but the object exists', () => {
    const plan = planReconciliation([object('a.txt')], [record('a.txt', 'removed')]);

    expect(plan.created).toEqual([object('a.txt')]);
  });

  it('plans a removal for each live record whose object is gone', () => {
    const records = [
      record('ingested.txt', 'ingested'),
      record('rejected.bin', 'rejected'),
      record('feed.xml', 'container'),
      record('gone.txt', 'removed'),
    ];

    const plan = planReconciliation([], records);

    expect(plan).toEqual({ created: [], removed: ['ingested.txt', 'rejected.bin', 'feed.xml'] });
  });

  it('plans a removal for a key a queued create names when its object is gone and it has no record', () => {
    const pending = new Set(['deleted.txt', 'tombstoned.txt', 'present.txt']);
    const records = [record('tombstoned.txt', 'removed'), record('present.txt', 'ingested')];

    const plan = planReconciliation([object('present.txt')], records, pending);

    expect(plan).toEqual({ created: [], removed: ['deleted.txt'] });
  });

  it('ignores the records of articles inside a file', () => {
    const records = [
      record('feed.xml', 'container'),
      record('feed.xml', 'ingested', 'other', true),
      record('old-feed.xml', 'ingested', 'e1', true),
    ];

    const plan = planReconciliation([object('feed.xml')], records);

    expect(plan).toEqual({ created: [], removed: [] });
  });

  it('plans nothing when every object has its current record and every record its object', () => {
    const plan = planReconciliation(
      [object('a.txt'), object('b.txt', 'e2')],
      [record('a.txt', 'ingested'), record('b.txt', 'rejected', 'e2'), record('c.txt', 'removed')],
    );

    expect(plan).toEqual({ created: [], removed: [] });
  });
});

describe('bareETag', () => {
  it('drops the quotes a listing puts around the ETag', () => {
    expect(bareETag('"abc-2"')).toBe('abc-2');
  });
});
