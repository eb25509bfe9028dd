import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { BudgetExceededError, WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { extractEntities } from '#shared/extract/entities/index.ts';
import { extractQuotes } from '#shared/extract/quotes.ts';

const quotesOf = (...paragraphs: string[]) =>
  extractQuotes(paragraphs, extractEntities(paragraphs).mentions);

describe('extractQuotes', () => {
  it('takes the speaker named with a saying verb after the quote', () => {
    expect(quotesOf('“We will not back down,” Kamala Harris said in Atlanta.')).toEqual([
      { text: 'We will not back down', speaker: 'Kamala Harris', paragraph: 0 },
    ]);
  });

  it('takes the subject of the sentence before a quote, in guillemets too', () => {
    const quotes = quotesOf(
      'Health Minister Karin Lund told lawmakers: «The hospitals need more nurses now.»',
    );

    expect(quotes).toEqual([
      { text: 'The hospitals need more nurses now.', speaker: 'Karin Lund', paragraph: 0 },
    ]);
  });

  it('keeps a short quote after a verb of saying and drops a bare scare quote', () => {
    const quotes = quotesOf(
      'The European Commission criticised the "unfair deal" while the so-called "green zone" stayed closed.',
    );

    expect(quotes).toEqual([{ text: 'unfair deal', speaker: 'European Commission', paragraph: 0 }]);
  });

  it('gives `he said` the last person named before the quote', () => {
    const quotes = quotesOf(
      'Kenyan President William Ruto spoke in Nairobi.',
      'He said: "Our economy is growing faster than expected."',
    );

    expect(quotes[0]).toMatchObject({ speaker: 'William Ruto', paragraph: 1 });
  });

  it('leaves the speaker out when the text does not say who', () => {
    expect(quotesOf('A sign read "no entry for trucks after dark" near the bridge.')).toEqual([
      { text: 'no entry for trucks after dark', paragraph: 0 },
    ]);
  });
});

describe('extractQuotes across a paragraph', () => {
  it('gives a quote that continues another the same speaker', () => {
    const quotes = quotesOf(
      '"The wind was brutal," said Ingrid Solberg. "We will be back next year for the title."',
    );

    expect(quotes.map((q) => q.speaker)).toEqual(['Ingrid Solberg', 'Ingrid Solberg']);
  });
});

describe('extractQuotes work', () => {
  // Quotes in one run-on sentence each read the whole sentence before them: quadratic.
  const QUOTE = '"one two three four" and then ';
  const COUNT = 3000;
  const QUOTE_BUDGET = 2_000_000;
  const quotesWithin = (paragraphs: string[]) =>
    withinBudget(DEFAULT_LIMITS, new WorkBudget(QUOTE_BUDGET), () => extractQuotes(paragraphs, []));

  it('runs out of budget on thousands of quotes in one unbroken sentence', () => {
    expect(() => quotesWithin([QUOTE.repeat(COUNT)])).toThrow(BudgetExceededError);
  });

  it('stays within the same budget on the same quotes in paragraphs of their own', () => {
    expect(quotesWithin(Array.from({ length: COUNT }, () => QUOTE))).toHaveLength(COUNT);
  });
});
