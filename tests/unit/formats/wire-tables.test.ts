import { describe, expect, it } from 'vitest';
import { parseNewsml } from '#shared/formats/wire/newsml.ts';
import { parseNitf } from '#shared/formats/wire/nitf.ts';

const nitf = (content: string) =>
  `<nitf><head><title>T</title></head><body><body.content>${content}</body.content></body></nitf>`;

const LONG =
  'The council met on Tuesday and heard from residents about the new road, the bus lanes and the school crossing. '.repeat(
    5,
  );

describe('wire tables', () => {
  it('reads an NITF data table as a table block, its <thead> row a header, rows also as paragraphs', () => {
    const doc = parseNitf(
      nitf(
        '<p>Before.</p><table><thead><tr><th>Team</th><th>Points</th></tr></thead>' +
          '<tbody><tr><td>Rovers</td><td>12</td></tr><tr><td>United</td><td>9</td></tr></tbody></table><p>After.</p>',
      ),
    );

    expect(doc.sections).toEqual([
      {
        heading: null,
        paragraphs: ['Before.', 'Team Points', 'Rovers 12', 'United 9', 'After.'],
        blocks: [
          { type: 'paragraph', text: 'Before.' },
          {
            type: 'table',
            rows: [
              ['Team', 'Points'],
              ['Rovers', '12'],
              ['United', '9'],
            ],
            header: true,
          },
          { type: 'paragraph', text: 'After.' },
        ],
      },
    ]);
  });

  it('keeps rows without a header flag when no row is a heading row', () => {
    const doc = parseNitf(
      nitf('<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>'),
    );

    expect(doc.sections[0]?.blocks).toEqual([
      {
        type: 'table',
        rows: [
          ['A', '1'],
          ['B', '2'],
        ],
      },
    ]);
  });

  it('reads the paragraphs of a table that lays text out (a long cell, a one-cell box)', () => {
    const layout = parseNitf(
      nitf(`<table><tr><td><p>${LONG.trim()}</p></td><td><p>Side note.</p></td></tr></table>`),
    );
    const box = parseNitf(nitf('<table><tr><td><p>Boxed fact.</p></td></tr></table>'));

    expect(layout.sections).toEqual([{ heading: null, paragraphs: [LONG.trim(), 'Side note.'] }]);
    expect(box.sections).toEqual([{ heading: null, paragraphs: ['Boxed fact.'] }]);
  });

  it('reads a table in a NewsML-G2 XHTML body', () => {
    const doc = parseNewsml(
      `<newsItem><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML>
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Intro.</p>
        <table><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>31 mm</td></tr></table>
        </body></html></inlineXML></contentSet></newsItem>`,
    );

    expect(doc.sections[0]?.blocks?.at(-1)).toEqual({
      type: 'table',
      rows: [
        ['City', 'Rain'],
        ['Oslo', '31 mm'],
      ],
      header: true,
    });
  });

  it('keeps a table <caption> as the caption, whitespace collapsed, an empty one as none', () => {
    const doc = parseNitf(
      nitf(
        '<table><caption>Points after\n   <em>ten</em> games</caption><tr><td>A</td><td>1</td></tr></table>' +
          '<table><caption> </caption><tr><td>B</td><td>2</td></tr></table>',
      ),
    );

    expect(doc.sections[0]?.blocks).toEqual([
      { type: 'table', rows: [['A', '1']], caption: 'Points after ten games' },
      { type: 'table', rows: [['B', '2']] },
    ]);
    expect(doc.sections[0]?.paragraphs).toEqual(['Points after ten games', 'A 1', 'B 2']);
  });
});
