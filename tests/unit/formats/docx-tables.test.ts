import { describe, expect, it } from 'vitest';
import { readDocument } from '#shared/formats/read-document.ts';
import { buildDocx, docxTableXml } from './docx-builder.ts';

const sectionsOf = (bytes: Uint8Array) => {
  const read = readDocument(bytes, { key: 'a.docx' });
  if (read.kind !== 'document') throw new Error(JSON.stringify(read));
  return read.document.sections;
};

const LONG = 'The committee met twice in March and agreed the budget for the new library. '.repeat(
  6,
);

describe('DOCX tables', () => {
  it('reads a table between paragraphs as a table block, a repeated header row as its header', () => {
    const table = docxTableXml(
      [
        ['Route', 'Trips'],
        ['Harbour line', '42'],
        ['Hill line', '17'],
      ],
      true,
    );

    const sections = sectionsOf(
      buildDocx({ paragraphs: [['', 'Before the table.'], { xml: table }, ['', 'After it.']] }),
    );

    expect(sections).toEqual([
      {
        heading: null,
        paragraphs: [
          'Before the table.',
          'Route Trips',
          'Harbour line 42',
          'Hill line 17',
          'After it.',
        ],
        blocks: [
          { type: 'paragraph', text: 'Before the table.' },
          {
            type: 'table',
            rows: [
              ['Route', 'Trips'],
              ['Harbour line', '42'],
              ['Hill line', '17'],
            ],
            header: true,
          },
          { type: 'paragraph', text: 'After it.' },
        ],
      },
    ]);
  });

  it('has no header when no row is marked as one', () => {
    const table = docxTableXml([
      ['A', '1'],
      ['B', '2'],
    ]);

    expect(sectionsOf(buildDocx({ paragraphs: [{ xml: table }] }))[0]?.blocks).toEqual([
      {
        type: 'table',
        rows: [
          ['A', '1'],
          ['B', '2'],
        ],
      },
    ]);
  });

  it('keeps the paragraphs of a table that lays text out: a one-cell box, a story-long cell', () => {
    const box = docxTableXml([['A boxed note about parking.']]);
    const layout = docxTableXml([[LONG.trim(), 'Margin note.']]);

    const sections = sectionsOf(buildDocx({ paragraphs: [{ xml: box }, { xml: layout }] }));

    expect(sections).toEqual([
      { heading: null, paragraphs: ['A boxed note about parking.', LONG.trim(), 'Margin note.'] },
    ]);
  });

  describe('captions', () => {
    const small = (label: string) =>
      docxTableXml([
        [label, '1'],
        ['B', '2'],
      ]);
    const tablesOf = (bytes: Uint8Array) =>
      sectionsOf(bytes).flatMap((section) => section.blocks ?? []);

    it('reads a Caption paragraph right before a table as its caption, first of its paragraphs', () => {
      const sections = sectionsOf(
        buildDocx({
          paragraphs: [
            ['', 'Before.'],
            ['Caption', 'Table 1: Trips per route'],
            { xml: small('A') },
            ['', 'After.'],
          ],
        }),
      );

      expect(sections[0]?.paragraphs).toEqual([
        'Before.',
        'Table 1: Trips per route',
        'A 1',
        'B 2',
        'After.',
      ]);
      expect(sections[0]?.blocks?.[1]).toEqual({
        type: 'table',
        rows: [
          ['A', '1'],
          ['B', '2'],
        ],
        caption: 'Table 1: Trips per route',
      });
    });

    it('takes a caption after a table, and gives one between two tables to the second', () => {
      const blocks = tablesOf(
        buildDocx({
          paragraphs: [
            { xml: small('A') },
            ['Caption', 'Under the first'],
            ['', 'Text.'],
            { xml: small('C') },
            ['caption', 'Between'],
            { xml: small('E') },
          ],
        }),
      );

      expect(blocks.map((block) => (block.type === 'table' ? block.caption : block.type))).toEqual([
        'Under the first',
        'paragraph',
        undefined,
        'Between',
      ]);
    });

    it('leaves a Caption paragraph next to no data table as a paragraph', () => {
      const box = docxTableXml([['A boxed note about parking.']]);

      const sections = sectionsOf(
        buildDocx({ paragraphs: [['Caption', 'Figure 2: The quay'], { xml: box }] }),
      );

      expect(sections[0]?.paragraphs).toEqual([
        'Figure 2: The quay',
        'A boxed note about parking.',
      ]);
    });
  });
});
