import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/formats/read-document.ts';
import { buildDocx } from './docx-builder.ts';

const readDocx = (bytes: Uint8Array) => {
  const read = readDocument(bytes, { key: 'a.docx' });
  if (read.kind !== 'document') throw new Error(JSON.stringify(read));
  return read.document;
};

describe('parseDocx', () => {
  it('takes a leading Heading1 as the title and later headings as sections', () => {
    const doc = readDocx(
      buildDocx({
        paragraphs: [
          ['Heading1', 'The headline'],
          ['', 'First paragraph.'],
          ['Heading2', 'Part two'],
          ['', 'Second paragraph.'],
        ],
      }),
    );

    expect(doc.title).toBe('The headline');
    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['First paragraph.'] },
      { heading: 'Part two', paragraphs: ['Second paragraph.'] },
    ]);
  });

  it('falls back to the core title and reads creator, dates and language', () => {
    const doc = readDocx(
      buildDocx({
        paragraphs: [['Normal', 'Only text.']],
        core: {
          title: 'Core title',
          creator: 'R. Diaz',
          created: '2025-01-02T03:04:05Z',
          language: 'es',
        },
      }),
    );

    expect(doc).toMatchObject({
      format: 'docx',
      title: 'Core title',
      authors: ['R. Diaz'],
      dates: [{ value: '2025-01-02T03:04:05Z', source: 'meta', kind: 'published' }],
      languageHint: 'es',
    });
  });

  it('reads a document with no core properties part', () => {
    expect(readDocx(buildDocx({ paragraphs: [['', 'Text & more.']] })).sections).toEqual([
      { heading: null, paragraphs: ['Text & more.'] },
    ]);
  });
});
