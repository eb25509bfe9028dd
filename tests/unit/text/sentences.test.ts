import { describe, expect, it } from 'vitest';
import { firstSentence, isAbbreviation, sentenceSpans } from '#shared/text/sentences.ts';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends at a stop before a capitalised word or a number', () => {
    expect(sentences('Rain fell. Roads closed! Why? 40 homes flooded.')).toEqual([
      'Rain fell.',
      'Roads closed!',
      'Why?',
      '40 homes flooded.',
    ]);
  });

  it('does not end at titles, month abbreviations, initials or acronyms', () => {
    const text = 'Dr. Ruiz met Gov. Lee on Sept. 4 in the U.S. Capitol with J. Smith. They spoke.';
    expect(sentences(text)).toEqual([
      'Dr. Ruiz met Gov. Lee on Sept. 4 in the U.S. Capitol with J. Smith.',
      'They spoke.',
    ]);
  });

  it('reads abbreviations in any case and starts a sentence at an opening quote', () => {
    expect(sentences('Ask PROF. Ito. "Go," he said. „Nein“, sagte Cmdr. Vos.')).toEqual([
      'Ask PROF. Ito.',
      '"Go," he said.',
      '„Nein“, sagte Cmdr. Vos.',
    ]);
  });

  it('gives the first sentence, or the whole paragraph without an end', () => {
    expect(firstSentence('  Mr. Diaz resigned. He left.')).toBe('Mr. Diaz resigned.');
    expect(firstSentence('no end here  ')).toBe('no end here');
    expect(firstSentence('')).toBe('');
    expect(sentenceSpans('')).toEqual([]);
  });

  it('tells abbreviations from words, as the entity tokenizer asks', () => {
    expect(['Gov', 'sept', 'J', 'U.S', 'NO', 'Cmdr'].filter(isAbbreviation)).toHaveLength(6);
    expect(['Smith', 'May', 'US', 'said'].filter(isAbbreviation)).toEqual([]);
  });
});
