import { describe, expect, it } from 'vitest';
import type { PdfLine } from '#shared/formats/pdf/layout.ts';
import { paragraphsText } from '#shared/formats/pdf/paragraphs.ts';

const MARGIN = 72;
/** Lines 12 pt apart from the top, at the margin unless `indent` says how far in. */
const linesOf = (specs: ReadonlyArray<string | [string, number]>): PdfLine[] =>
  specs.map((spec, i) => {
    const [text, indent] = typeof spec === 'string' ? [spec, 0] : spec;
    return { x: MARGIN + indent, y: 700 - 12 * i, size: 10, text };
  });

const text = (lines: PdfLine[]) => paragraphsText([{ lines, unreadable: 0 }]);

describe('paragraphsText', () => {
  it('starts a paragraph at a first-line indent, with no gap before it', () => {
    const lines = linesOf([
      ['The board met on Monday and the', 15],
      'vote was close.',
      ['Work starts next', 15],
      'week.',
    ]);

    expect(text(lines)).toBe(
      'The board met on Monday and the vote was close.\n\nWork starts next week.',
    );
  });

  it('keeps a list item whose wrapped line hangs indented as one paragraph', () => {
    const lines = linesOf(['• The board will add sailings', ['On Fridays and Saturdays.', 12]]);

    expect(text(lines)).toBe('• The board will add sailings On Fridays and Saturdays.');
  });

  it('rejoins a word hyphenated at a line end, and keeps a hyphen before a capital', () => {
    const lines = linesOf(['The ferry sched-', 'ule changes in mid-', 'October.']);

    expect(text(lines)).toBe('The ferry schedule changes in mid- October.');
  });

  it('leaves out a page number standing alone at the foot of the page', () => {
    const lines: PdfLine[] = [
      ...linesOf(['The vote was close.', 'Work starts next week.']),
      { x: 300, y: 60, size: 10, text: '12' },
    ];

    expect(text(lines)).toBe('The vote was close. Work starts next week.');
  });

  it('composes an accent drawn before its letter, and spells out ligature characters', () => {
    expect(text(linesOf(['The caf´e is e\ufb03cient.']))).toBe('The café is efficient.');
  });
});
