import { describe, expect, it } from 'vitest';
import { chooseTitle, deriveTitle } from '#shared/extract/title.ts';
import { emptyDocument } from '#shared/formats/document.ts';

describe('chooseTitle', () => {
  it('keeps a stated title and marks it explicit', () => {
    const doc = { ...emptyDocument('text'), title: '  Bridge  Opens ' };

    expect(chooseTitle(doc, 'Lede.')).toEqual({ title: 'Bridge Opens', titleSource: 'explicit' });
  });

  it('derives a title from the lede and marks it derived', () => {
    expect(chooseTitle(emptyDocument('text'), 'The bridge opened. Cars crossed.')).toEqual({
      title: 'Bridge opened',
      titleSource: 'derived',
    });
  });
});

describe('deriveTitle', () => {
  it('uses only the first sentence, not stopping at abbreviations', () => {
    expect(deriveTitle('Dr. Lee met U.S. officials in Ohio. They talked.')).toBe(
      'Dr. Lee met U.S. officials in Ohio',
    );
  });

  it('cuts a long sentence at a word boundary without a dangling last word', () => {
    const lede =
      'Councillors in the northern town voted to close the old market hall for the whole of the winter season, officials said.';

    const title = deriveTitle(lede);

    expect(title).toBe('Councillors in the northern town voted to close the old market hall');
    expect(title.split(' ').length).toBeLessThanOrEqual(12);
  });

  it('writes a "who said that what" lede as "Who: what"', () => {
    expect(deriveTitle('The city engineer said that the bridge is safe.')).toBe(
      'City engineer: bridge is safe',
    );
  });

  it('drops a trailing attribution and a weekday', () => {
    expect(deriveTitle('Ferries will stop on Monday, the operator said.')).toBe(
      'Ferries will stop',
    );
  });

  it('never exceeds the character limit', () => {
    const lede = `${'Extraordinarily '.repeat(10)}long words.`;

    expect(deriveTitle(lede).length).toBeLessThanOrEqual(100);
  });
});
