import { describe, expect, it } from 'vitest';
import { authorsMatch, foldText, splitNames, textMatches } from '#bench/eval/fold.ts';

describe('foldText', () => {
  it('folds case, runs of whitespace and curly quotes', () => {
    expect(foldText('  Can\u2019t\n\tStop  \u201CHummus\u201D ')).toBe('can\'t stop "hummus"');
  });

  it('normalises compatibility forms such as full-width letters', () => {
    expect(foldText('\uFF23\uFF35\uFF34PEN')).toBe('cutpen');
  });
});

describe('splitNames', () => {
  it('splits a byline on commas, "and", ampersands and semicolons', () => {
    expect(splitNames('Marc Santora, Al Baker and Adam Goldman & Jo Li; Ann')).toEqual([
      'marc santora',
      'al baker',
      'adam goldman',
      'jo li',
      'ann',
    ]);
  });

  it('does not split inside a name that contains "and"', () => {
    expect(splitNames('Sandy Anderson')).toEqual(['sandy anderson']);
  });
});

describe('authorsMatch', () => {
  it('matches when our names joined with ", " equal the gold after folding', () => {
    expect(
      authorsMatch('Howard Schneider, Lindsay Dunsmuir', ['howard schneider', 'Lindsay  Dunsmuir']),
    ).toBe(true);
  });

  it('matches the same set of names whatever the separators and order', () => {
    const gold = 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL';

    expect(authorsMatch(gold, ['Patrick Reevell', 'Josh Haskell', 'David Caplan'])).toBe(true);
  });

  it('fails when a name is missing or extra', () => {
    expect(authorsMatch('Julia Carrie Wong and Sam Levin', ['Julia Carrie Wong'])).toBe(false);
    expect(authorsMatch('Sam Levin', ['Sam Levin', 'Guardian Staff'])).toBe(false);
  });

  it('treats a null gold as "no author", which only an empty list matches', () => {
    expect(authorsMatch(null, [])).toBe(true);
    expect(authorsMatch(null, ['Someone'])).toBe(false);
  });
});

describe('textMatches', () => {
  it('matches equal text after folding and a null gold only with an empty value', () => {
    expect(textMatches('Seven Trends', 'seven  trends ')).toBe(true);
    expect(textMatches('Seven Trends', 'Seven Trends - CNET')).toBe(false);
    expect(textMatches(null, undefined)).toBe(true);
    expect(textMatches(null, 'A title')).toBe(false);
  });
});
