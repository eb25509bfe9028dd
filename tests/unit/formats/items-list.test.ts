import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { MAX_ITEM_KEY_CHARS } from '#shared/formats/item-key.ts';
import { collectItems, type FoundItem } from '#shared/formats/items-list.ts';

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

  it('escapes control characters in keys, so a key stays one line', () => {
    expect(keysOf(found('a\nb', 'nul\u0000', 'del\u007f', 'c1\u0085', 'caf\u00e9'))).toEqual([
      'a%0Ab',
      'nul%00',
      'del%7F',
      'c1%85',
      'caf\u00e9',
    ]);
  });

  it('cuts a key longer than the limit to a hash suffix that keeps long keys apart', () => {
    const shared = 'k'.repeat(2 * MAX_ITEM_KEY_CHARS);

    const [first, second, again] = keysOf(found(`${shared}-one`, `${shared}-two`, `${shared}-one`));

    expect(first).toHaveLength(MAX_ITEM_KEY_CHARS);
    expect(first).toMatch(/^k+~[0-9a-f]{16}$/);
    expect(second).toHaveLength(MAX_ITEM_KEY_CHARS);
    expect(second).not.toBe(first);
    expect(again).toBe(`${first}#2`);
  });

  it('keeps a key of exactly the limit whole, and never cuts a surrogate pair in half', () => {
    const exact = 'e'.repeat(MAX_ITEM_KEY_CHARS);
    const emoji = '\u{1F600}'.repeat(MAX_ITEM_KEY_CHARS);

    const [whole, cut] = keysOf(found(exact, emoji));

    expect(whole).toBe(exact);
    expect(cut?.split('~')[0]).toBe('\u{1F600}'.repeat(247));
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
