import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../shared/domain/limits.ts';
import { collectItems, type FoundItem } from '../../../shared/formats/items-list.ts';

const found = (...keys: Array<string | undefined>): FoundItem[] =>
  keys.map((key) => ({ key, result: { kind: 'rejected', reason: 'no-article', detail: 'x' } }));

const keysOf = (items: FoundItem[]): string[] => {
  const result = collectItems(items, 'The file');
  return result.kind === 'items' ? result.items.map((item) => item.itemKey) : [];
};

describe('collectItems', () => {
  it('suffixes repeated keys in order, past keys that already end so', () => {
    expect(keysOf(found('a', 'a', 'a#2', 'a'))).toEqual(['a', 'a#2', 'a#2#2', 'a#3']);
  });

  it('keys items without a key (or a blank one) by their 1-based position', () => {
    expect(keysOf(found(undefined, '  ', 'k'))).toEqual(['#1', '#2', 'k']);
  });

  it('rejects more items than the limit as too-large, naming the file', () => {
    const many = found(
      ...Array.from({ length: DEFAULT_LIMITS.maxItemsPerObject + 1 }, (_, i) => `k${i}`),
    );

    expect(collectItems(many, 'The file')).toMatchObject({
      kind: 'rejected',
      reason: 'too-large',
      detail: expect.stringMatching(/^The file holds 501 articles/),
    });
  });
});
