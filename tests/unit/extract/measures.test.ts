import { describe, expect, it } from 'vitest';
import { contentHash } from '#shared/extract/content-hash.ts';
import { countWords, measuresOf } from '#shared/extract/measures.ts';

describe('measuresOf', () => {
  it('counts words, keeping abbreviations, numbers and hyphenated words whole', () => {
    expect(countWords('The U.S. sent 1,000 well-known "experts" — today.')).toBe(7);
  });

  it('rounds reading time up at 230 words a minute', () => {
    const body = Array.from({ length: 231 }, () => 'word').join(' ');

    expect(measuresOf(countWords(body), [body])).toEqual({
      wordCount: 231,
      paragraphCount: 1,
      readingTimeMinutes: 2,
    });
  });
});

describe('contentHash', () => {
  it('is a prefixed SHA-256 that changes with the text', () => {
    expect(contentHash('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(contentHash('abd')).not.toBe(contentHash('abc'));
  });
});
