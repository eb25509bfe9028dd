import { describe, expect, it } from 'vitest';
import type { IngestedRecord } from '#shared/domain/record.ts';
import { removedRecord } from '#shared/pipeline/record-base.ts';
import {
  departingOriginal,
  isOrphanOf,
  planRepoint,
  repointedCopy,
} from '#shared/pipeline/repoint-copies.ts';
import { ferryArticle } from './ferry-article.ts';

const at = (day: number) => `2025-11-0${day}T00:00:00.000Z`;
const NOW = new Date('2025-11-09T00:00:00.000Z');

const article = (key: string, overrides: Partial<IngestedRecord> = {}): IngestedRecord =>
  ferryArticle({ bucket: 'articles', key, sequencer: '0A' }, NOW, {
    contentHash: 'h1',
    ...overrides,
  });

describe('planRepoint', () => {
  it('promotes the earliest copy and points the other copies at it', () => {
    const matches = [
      { articleId: 'x', ingestedAt: at(1) },
      { articleId: 'c3', ingestedAt: at(4), duplicateOf: 'x' },
      { articleId: 'c2', ingestedAt: at(2), duplicateOf: 'x' },
      { articleId: 'c4', ingestedAt: at(3), duplicateOf: 'x' },
    ];

    expect(planRepoint(matches, 'x')).toEqual({
      promote: 'c2',
      original: 'c2',
      repoint: ['c3', 'c4'],
    });
  });

  it('points the copies at an earlier original of the same content instead of promoting one', () => {
    const matches = [
      { articleId: 'c2', ingestedAt: at(3), duplicateOf: 'x' },
      { articleId: 'other', ingestedAt: at(2) },
    ];

    expect(planRepoint(matches, 'x')).toEqual({ original: 'other', repoint: ['c2'] });
  });

  it('finishes a half-done plan: the promoted copy is the original, the rest follow it', () => {
    const matches = [
      { articleId: 'c2', ingestedAt: at(2) },
      { articleId: 'c3', ingestedAt: at(3), duplicateOf: 'c2' },
      { articleId: 'c4', ingestedAt: at(4), duplicateOf: 'x' },
    ];

    expect(planRepoint(matches, 'x')).toEqual({ original: 'c2', repoint: ['c4'] });
  });

  it('plans nothing when no copy points at the departed article', () => {
    const matches = [
      { articleId: 'c2', ingestedAt: at(2) },
      { articleId: 'c3', ingestedAt: at(3), duplicateOf: 'c2' },
    ];

    expect(planRepoint(matches, 'x')).toEqual({ repoint: [] });
  });

  it('breaks a tie in time by the smaller id, as a new copy picks its original', () => {
    const matches = [
      { articleId: 'b', ingestedAt: at(2), duplicateOf: 'x' },
      { articleId: 'a', ingestedAt: at(2), duplicateOf: 'x' },
    ];

    expect(planRepoint(matches, 'x')).toMatchObject({ promote: 'a', repoint: ['b'] });
  });
});

describe('departingOriginal', () => {
  const stored = article('first.txt');

  it('names an original overwritten with other text, rejected, removed or made a copy', () => {
    const departed = { articleId: stored.articleId, contentHash: 'h1' };

    expect(departingOriginal(stored, article('first.txt', { contentHash: 'h2' }))).toEqual(
      departed,
    );
    expect(departingOriginal(stored, removedRecord(stored.source, NOW))).toEqual(departed);
    expect(departingOriginal(stored, article('first.txt', { duplicateOf: 'older' }))).toEqual(
      departed,
    );
  });

  it('carries the fingerprint of the original, which the store finds its copies by', () => {
    const fingerprinted = article('first.txt', { fingerprint: '0123456789abcdef' });

    expect(departingOriginal(fingerprinted, removedRecord(stored.source, NOW))).toEqual({
      articleId: stored.articleId,
      contentHash: 'h1',
      fingerprint: '0123456789abcdef',
    });
  });

  it('names nothing when the original keeps its content, or nothing was an original', () => {
    expect(departingOriginal(stored, article('first.txt'))).toBeUndefined();
    expect(departingOriginal(null, article('first.txt'))).toBeUndefined();
    const copy = article('first.txt', { duplicateOf: 'older' });
    expect(departingOriginal(copy, removedRecord(stored.source, NOW))).toBeUndefined();
    const hashless = article('first.txt', { contentHash: '' });
    expect(departingOriginal(hashless, removedRecord(stored.source, NOW))).toBeUndefined();
  });
});

describe('repointedCopy and isOrphanOf', () => {
  const departed = { articleId: 'x', contentHash: 'h1' };
  const copy = article('copy.txt', { duplicateOf: 'x' });

  it('points a copy at its new original, or promotes it, stamping the change time', () => {
    expect(repointedCopy(copy, 'c2', NOW)).toMatchObject({
      duplicateOf: 'c2',
      updatedAt: NOW.toISOString(),
    });
    expect(repointedCopy(copy, undefined, NOW)).not.toHaveProperty('duplicateOf');
  });

  it('holds a copy an orphan only while it still has the content and points at the departed', () => {
    expect(isOrphanOf(copy, departed)).toBe(true);
    expect(isOrphanOf({ ...copy, contentHash: 'h2' }, departed)).toBe(false);
    expect(isOrphanOf({ ...copy, duplicateOf: 'c2' }, departed)).toBe(false);
    expect(isOrphanOf(removedRecord(copy.source, NOW), departed)).toBe(false);
    expect(isOrphanOf(null, departed)).toBe(false);
  });
});
