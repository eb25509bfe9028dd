import { describe, expect, it } from 'vitest';
import { parseText } from '#shared/formats/text/read-text.ts';
import { splitBylineDate } from '#shared/text/byline.ts';

describe('splitBylineDate', () => {
  it.each([
    ['Jane Doe | 5 March 2025', 'Jane Doe', '5 March 2025'],
    ['Jane Doe, March 5, 2025', 'Jane Doe', 'March 5, 2025'],
    ['Jane Doe and John Roe — 2025-03-05', 'Jane Doe and John Roe', '2025-03-05'],
    ['Jane Doe • Wednesday 5 March 2025 10:30', 'Jane Doe', 'Wednesday 5 March 2025 10:30'],
    ['Jane Doe, John Roe, Mar. 5, 2025', 'Jane Doe, John Roe', 'Mar. 5, 2025'],
    ['Jane Doe | Wed, 5 Mar 2025', 'Jane Doe', 'Wed, 5 Mar 2025'],
  ])('splits %s into names and date', (line, names, date) => {
    expect(splitBylineDate(line)).toEqual({ names, date });
  });

  it('marks an update note as such', () => {
    expect(splitBylineDate('Jane Doe | Updated 6 May 2020')).toEqual({
      names: 'Jane Doe',
      date: 'Updated 6 May 2020',
      updated: true,
    });
  });

  it('looks only at the tail of a hostile long line', () => {
    const line = `${'Jane Doe, '.repeat(200_000)}5 March 2025`;

    expect(splitBylineDate(line).date).toBe('5 March 2025');
  });

  it('leaves a byline without a date whole', () => {
    expect(splitBylineDate('Jane Doe, Reuters')).toEqual({ names: 'Jane Doe, Reuters' });
    expect(splitBylineDate('Jane Doe and John Roe')).toEqual({ names: 'Jane Doe and John Roe' });
  });
});

const BODY = 'The council voted on Tuesday to back the plan.\n\nWork starts next week.';

describe('parseText bylines with a date', () => {
  it.each([
    'By Jane Doe | 5 March 2025',
    'By Jane Doe, March 5, 2025',
    'By Jane Doe, Mar. 5, 2025',
    'Jane Doe, March 5, 2025',
    'Byline: Jane Doe | 5 March 2025',
  ])('reads "%s" as the author and a header date, never the date as an author', (byline) => {
    const doc = parseText(`Council backs the office plan\n${byline}\n\n${BODY}`);

    expect(doc.title).toBe('Council backs the office plan');
    expect(doc.authors).toEqual(['Jane Doe']);
    expect(doc.dates).toEqual([
      {
        value: expect.stringMatching(/Mar(?:ch|\.) 5, 2025|5 March 2025/),
        source: 'header',
        kind: 'published',
      },
    ]);
    expect(doc.sections[0]?.paragraphs[0]).toBe('The council voted on Tuesday to back the plan.');
  });

  it('takes an update note on the byline as the modified date', () => {
    const doc = parseText(
      `Council backs the office plan\nBy Jane Doe | Updated 6 May 2020\n\n${BODY}`,
    );

    expect(doc.authors).toEqual(['Jane Doe']);
    expect(doc.dates).toEqual([
      { value: 'Updated 6 May 2020', source: 'header', kind: 'modified' },
    ]);
  });

  it('keeps a prose line that ends in a date as the lede', () => {
    const doc = parseText(`The council met on the square, March 5, 2025\n\n${BODY}`);

    expect(doc.authors).toEqual([]);
    expect(doc.dates).toEqual([]);
  });
});
