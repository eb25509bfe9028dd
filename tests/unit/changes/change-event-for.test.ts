import { describe, expect, it } from 'vitest';
import { CHANGE_DETAILS } from '#shared/changes/change-event.ts';
import { changeEventFor } from '#shared/changes/change-event-for.ts';
import type { ContainerRecord, IngestedRecord } from '#shared/domain/record.ts';
import { lifecycleFields, rejectedRecord, removedRecord } from '#shared/pipeline/record-base.ts';
import { article, at, source } from './records.ts';

const CONTEXT = { tableName: 'ArticlesTable' };

describe('changeEventFor', () => {
  it('announces a new article with the facts consumers route on and a pointer to the record', () => {
    const record = article('01');

    const event = changeEventFor(null, record, CONTEXT);

    expect(event?.detailType).toBe('ArticleIngested');
    expect(event?.detail).toMatchObject({
      version: 1,
      articleId: record.articleId,
      key: 'news/ferry.txt',
      status: 'ingested',
      language: 'en',
      publisher: 'Harbour Gazette',
      publishedDate: '2026-02-28',
      format: 'text',
      changeId: `${record.articleId}@${record.sequencerKey}`,
      record: { tableName: 'ArticlesTable', articleId: record.articleId },
    });
    expect(CHANGE_DETAILS.ArticleIngested.parse(event?.detail)).toEqual(event?.detail);
  });

  it('emits nothing when a re-upload of the same bytes rewrites the record', () => {
    const first = article('01');
    const again = {
      ...article('02', {}, at('2026-03-02T08:00:00Z')),
      source: source('02', { versionId: 'v2' }),
      extractorVersion: '9.9.9',
    };

    expect(changeEventFor(first, again, CONTEXT)).toBeNull();
  });

  it('emits nothing when the store hands the same record back with its attributes in another order', () => {
    const record = article('01', { nearDuplicateOf: { articleId: 'x', similarity: 0.9 } });
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(record).reverse())),
    ) as IngestedRecord;
    reordered.nearDuplicateOf = { similarity: 0.9, articleId: 'x' };

    expect(changeEventFor(record, reordered, CONTEXT)).toBeNull();
  });

  it('announces an update naming the fields that changed', () => {
    const before = article('01');
    const after = article('02', { title: 'The ferry is back', publisher: 'Coast News' });

    const event = changeEventFor(before, after, CONTEXT);

    expect(event?.detailType).toBe('ArticleUpdated');
    expect(event?.detail).toMatchObject({
      publisher: 'Coast News',
      changedFields: ['publisher', 'title'],
    });
    expect(CHANGE_DETAILS.ArticleUpdated.parse(event?.detail)).toEqual(event?.detail);
  });

  it('announces a removal with the facts the article had, so indexes can drop it', () => {
    const before = article('01');
    const tombstone = removedRecord(source('02'), at('2026-03-03T00:00:00Z'));

    const event = changeEventFor(before, tombstone, CONTEXT);

    expect(event?.detailType).toBe('ArticleRemoved');
    expect(event?.detail).toMatchObject({
      status: 'removed',
      publisher: 'Harbour Gazette',
      sequencerKey: tombstone.sequencerKey,
      changedAt: '2026-03-03T00:00:00.000Z',
    });
    expect(CHANGE_DETAILS.ArticleRemoved.parse(event?.detail)).toEqual(event?.detail);
  });

  it('announces a removal when the item itself is deleted from the table', () => {
    const before = article('01');

    expect(changeEventFor(before, null, CONTEXT)?.detailType).toBe('ArticleRemoved');
  });

  it('emits nothing for a tombstone of an object that never was an article', () => {
    const tombstone = removedRecord(source('02'), at('2026-03-03T00:00:00Z'));

    expect(changeEventFor(null, tombstone, CONTEXT)).toBeNull();
    expect(
      changeEventFor(removedRecord(source('01'), at('2026-03-02T00:00:00Z')), tombstone, CONTEXT),
    ).toBeNull();
  });

  it('announces a rejection once per reason, and an article that later reads as one', () => {
    const rejected = rejectedRecord(
      source('01'),
      'binary',
      'NUL bytes',
      at('2026-03-01T00:00:00Z'),
    );
    const sameAgain = rejectedRecord(
      source('02'),
      'binary',
      'NUL bytes at 4',
      at('2026-03-02T00:00:00Z'),
    );
    const otherReason = rejectedRecord(
      source('03'),
      'empty',
      'zero bytes',
      at('2026-03-03T00:00:00Z'),
    );

    const first = changeEventFor(null, rejected, CONTEXT);

    expect(first?.detailType).toBe('ArticleRejected');
    expect(first?.detail).toMatchObject({ status: 'rejected', reason: 'binary' });
    expect(CHANGE_DETAILS.ArticleRejected.parse(first?.detail)).toEqual(first?.detail);
    expect(changeEventFor(rejected, sameAgain, CONTEXT)).toBeNull();
    expect(changeEventFor(sameAgain, otherReason, CONTEXT)?.detailType).toBe('ArticleRejected');
    expect(changeEventFor(otherReason, article('04'), CONTEXT)?.detailType).toBe('ArticleIngested');
  });

  it('treats a file that now holds several articles as the end of the single one it held', () => {
    const before = article('01');
    const container: ContainerRecord = {
      ...lifecycleFields(source('02'), at('2026-03-02T00:00:00Z')),
      status: 'container',
      itemCount: 2,
      items: ['a', 'b'],
    };

    expect(changeEventFor(before, container, CONTEXT)?.detailType).toBe('ArticleRemoved');
    expect(changeEventFor(null, container, CONTEXT)).toBeNull();
  });

  it('carries the item key of an article that is one of several in its file', () => {
    const item = article('01', {
      source: source('01', { item: { key: 'guid-7', position: 2 } }),
    });

    expect(changeEventFor(null, item, CONTEXT)?.detail).toMatchObject({ itemKey: 'guid-7' });
  });
});
