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

  it('reads a text box once, as its own paragraph, not inside the paragraph that anchors it', () => {
    const box = (wrapper: string) =>
      `<${wrapper}><w:txbxContent><w:p><w:r><w:t>A boxed fact about the harbour.</w:t></w:r></w:p></w:txbxContent></${wrapper}>`;
    const anchored =
      '<w:p><w:r><w:t>The ferry runs hourly. </w:t></w:r><w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing>${box('wps:txbx')}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box('v:textbox')}</w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>Tickets are sold on board.</w:t></w:r></w:p>';

    const document = readDocx(buildDocx({ paragraphs: [], extraBodyXml: anchored }));

    expect(document.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          'The ferry runs hourly. Tickets are sold on board.',
          'A boxed fact about the harbour.',
        ],
      },
    ]);
  });
});
