import { describe, expect, it } from 'vitest';
import { parseText } from '#shared/formats/text/read-text.ts';

describe('parseText', () => {
  it('takes the inline date header off the lede', () => {
    const text = ' date 2026-02-03 The mayor opened the bridge today.\n\n\n\nTraffic was light.';

    const doc = parseText(text);

    expect(doc.dates).toEqual([{ value: '2026-02-03', source: 'header', kind: 'published' }]);
    expect(doc.sections[0]?.paragraphs[0]).toBe('The mayor opened the bridge today.');
  });

  it('reads a date header on a line of its own above the headline', () => {
    const doc = parseText('date 2026-02-03\nBridge Opens\n\nThe bridge opened.\n\nCars crossed.');

    expect(doc.title).toBe('Bridge Opens');
    expect(doc.dates).toEqual([{ value: '2026-02-03', source: 'header', kind: 'published' }]);
    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['The bridge opened.', 'Cars crossed.'] },
    ]);
  });

  it('starts a section at a bare sub-heading between paragraphs', () => {
    const text = 'First paragraph.\n\nWhat happens next\n\nSecond paragraph.\n\nThird one.';

    const doc = parseText(text);

    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['First paragraph.'] },
      { heading: 'What happens next', paragraphs: ['Second paragraph.', 'Third one.'] },
    ]);
  });

  it('keeps a short unpunctuated last line as a paragraph, not a heading', () => {
    const doc = parseText('A paragraph here.\n\nSigned off without a full stop');

    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['A paragraph here.', 'Signed off without a full stop'] },
    ]);
  });

  it('reads Title, By, Date and Source header lines', () => {
    const text =
      'Title: Bridge Opens\nBy Ann Lee and Bo Kim\nDate: 3 February 2026\nSource: The Post\n\nBody text.';

    const doc = parseText(text);

    expect(doc).toMatchObject({
      title: 'Bridge Opens',
      authors: ['Ann Lee', 'Bo Kim'],
      publisher: 'The Post',
      dates: [{ value: '3 February 2026', source: 'header', kind: 'published' }],
      sections: [{ heading: null, paragraphs: ['Body text.'] }],
    });
  });

  it('takes a short unpunctuated first line before a blank line as the headline', () => {
    const doc = parseText(
      'Bridge Opens After Ten Years\nBy Ann Lee\n\nThe bridge opened.\n\nCars crossed.',
    );

    expect(doc.title).toBe('Bridge Opens After Ten Years');
    expect(doc.authors).toEqual(['Ann Lee']);
    expect(doc.sections[0]?.paragraphs).toEqual(['The bridge opened.', 'Cars crossed.']);
  });

  it('joins hard-wrapped lines and mends words split by the wrap', () => {
    const doc = parseText('The well-\nknown bridge\nopened today.\n\nNext.');

    expect(doc.sections[0]?.paragraphs[0]).toBe('The well-known bridge opened today.');
  });

  it('keeps one paragraph per line when the lines are too long to be wrapped', () => {
    const long =
      'This line is far longer than any hard-wrapping tool would leave it, so it stands alone as a paragraph.';

    const doc = parseText(`${long}\n${long}`);

    expect(doc.sections[0]?.paragraphs).toEqual([long, long]);
  });

  it('keeps each sub-heading where the file puts it', () => {
    const text = [
      'The minister spoke about the budget.',
      'Rail fares rise',
      'He added that the budget talks would go on.',
      'Rail fares will rise by five percent in March.',
    ].join('\n\n');

    const doc = parseText(text);

    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['The minister spoke about the budget.'] },
      {
        heading: 'Rail fares rise',
        paragraphs: [
          'He added that the budget talks would go on.',
          'Rail fares will rise by five percent in March.',
        ],
      },
    ]);
  });
});
