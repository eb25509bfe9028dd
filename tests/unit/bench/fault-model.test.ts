import { describe, expect, it } from 'vitest';
import { expectedTable, type ObservedEvent } from '#bench/faults/expected-model.ts';
import type { FixtureOutcome } from '#bench/faults/fixtures.ts';
import { articleIdFor, itemArticleIdFor } from '#shared/domain/article-id.ts';

const BUCKET = 'articles-bucket';
const ARTICLE: FixtureOutcome = { status: 'ingested' };
const JUNK: FixtureOutcome = { status: 'rejected' };
const feed = (...itemKeys: string[]): FixtureOutcome => ({ status: 'container', itemKeys });

const created = (
  key: string,
  sequencer: string,
  outcome: FixtureOutcome = ARTICLE,
): ObservedEvent => ({
  key,
  change: 'created',
  sequencer,
  outcome,
});
const removed = (key: string, sequencer: string): ObservedEvent => ({
  key,
  change: 'removed',
  sequencer,
});

const summary = (events: ObservedEvent[], present: [string, FixtureOutcome][]) =>
  expectedTable({ bucket: BUCKET, events, present: new Map(present) }).map((r) => ({
    item: r.itemKey ?? null,
    status: r.status,
    sequencer: r.sequencer ?? null,
    optional: r.optional,
  }));

describe('expectedTable', () => {
  it('lets the event with the highest sequencer decide, whatever order and repeats the events came in', () => {
    const events = [
      created('a.txt', '0A'),
      removed('a.txt', '0C'),
      created('a.txt', '0E'),
      removed('a.txt', '0C'),
    ];

    const table = summary(events.reverse(), [['a.txt', JUNK]]);

    expect(table).toEqual([{ item: null, status: 'rejected', sequencer: '0E', optional: false }]);
  });

  it('compares sequencers as numbers, not as strings of different lengths', () => {
    const table = summary([created('a.txt', 'FF'), removed('a.txt', '0100')], []);

    expect(table).toEqual([{ item: null, status: 'removed', sequencer: '0100', optional: false }]);
  });

  it('expects a tombstone for a deleted object with the removal’s sequencer', () => {
    const table = summary([created('gone.txt', '01'), removed('gone.txt', '02')], []);

    expect(table).toEqual([{ item: null, status: 'removed', sequencer: '02', optional: false }]);
  });

  it('expects the articles of the final feed version and optional tombstones for dropped ones', () => {
    const events = [created('f.xml', '01', feed('a', 'b')), created('f.xml', '02', feed('b', 'c'))];

    const table = summary(events, [['f.xml', feed('b', 'c')]]);

    expect(table).toEqual([
      { item: null, status: 'container', sequencer: '02', optional: false },
      { item: 'a', status: 'removed', sequencer: null, optional: true },
      { item: 'b', status: 'ingested', sequencer: '02', optional: false },
      { item: 'c', status: 'ingested', sequencer: '02', optional: false },
    ]);
  });

  it('expects every article of a deleted feed to be gone', () => {
    const table = summary([created('f.xml', '01', feed('a')), removed('f.xml', '03')], []);

    expect(table.map((r) => r.status)).toEqual(['removed', 'removed']);
  });

  it('follows the bucket without a sequencer when the event that made its state was never seen', () => {
    const table = summary([removed('late.txt', '05')], [['late.txt', ARTICLE]]);

    expect(table).toEqual([{ item: null, status: 'ingested', sequencer: null, optional: false }]);
  });

  it('names records by the ids the pipeline gives files and their articles', () => {
    const [file, item] = expectedTable({
      bucket: BUCKET,
      events: [created('f.xml', '01', feed('guid-1'))],
      present: new Map([['f.xml', feed('guid-1')]]),
    });

    expect(file?.articleId).toBe(articleIdFor(BUCKET, 'f.xml'));
    expect(item?.articleId).toBe(itemArticleIdFor(articleIdFor(BUCKET, 'f.xml'), 'guid-1'));
  });
});
