import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '#shared/formats/read-document.ts';
import { articlesOf, buildObject } from '#shared/pipeline/build-record.ts';
import { buildDocx } from './docx-builder.ts';
import { withDeclaredSize } from './zip-patch.ts';

const NOW = new Date('2026-02-10T12:00:00Z');

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
      dates: [{ value: '2025-01-02T03:04:05Z', source: 'file-info', kind: 'published' }],
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

describe('hostile DOCX packages', () => {
  const source = { bucket: 'articles', key: 'report.docx', sequencer: '1' };
  const build = (bytes: Uint8Array) => buildObject({ bytes, source, now: NOW }).record;
  const docxWithDocument = (document: Uint8Array) =>
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': document });

  it('reads a DOCX whose parts declare the wrong sizes by what they really hold', () => {
    const docx = withDeclaredSize(buildDocx({ paragraphs: [['', 'Text of the report.']] }), 100);

    expect(readDocx(docx).sections).toEqual([
      { heading: null, paragraphs: ['Text of the report.'] },
    ]);
  });

  it('rejects as a bomb a document.xml that declares 100 bytes but inflates to 32 MiB', () => {
    const lying = withDeclaredSize(docxWithDocument(new Uint8Array(32 * 1024 * 1024)), 100);

    expect(build(lying)).toMatchObject({ status: 'rejected', reason: 'bomb' });
  });

  it('rejects a DOCX whose document.xml nests past the depth limit, as a record', () => {
    const deep = docxWithDocument(strToU8(`${'<w:p>'.repeat(5000)}Text.`));

    const record = build(deep);

    // `too-deep` once the XML parser throws its TooDeepError (a MalformedInputError).
    expect(record.status).toBe('rejected');
    expect(['malformed', 'too-deep']).toContain(record.status === 'rejected' && record.reason);
  });

  it('rejects a DOCX whose document.xml data is corrupt as malformed', () => {
    const docx = buildDocx({ paragraphs: [['', 'A paragraph of text for the report.']] });
    const corrupt = docx.slice();
    // The first entry written is [Content_Types].xml; document.xml follows the rels.
    const at = new TextDecoder('latin1').decode(corrupt).indexOf('word/document.xml') + 17;
    corrupt.fill(0xff, at, at + 40);

    expect(build(corrupt)).toMatchObject({ status: 'rejected', reason: 'malformed' });
  });

  it('rejects only the item of a bad DOCX inside an archive of several files', () => {
    const deep = docxWithDocument(strToU8(`${'<w:p>'.repeat(5000)}Text.`));
    const zip = zipSync({
      'bad.docx': deep,
      'good.docx': buildDocx({ paragraphs: [['', 'A paragraph of text for the report.']] }),
    });

    const built = buildObject({ bytes: zip, source: { ...source, key: 'batch.zip' }, now: NOW });

    expect(built.kind).toBe('container');
    expect(articlesOf(built).map((record) => record.status)).toEqual(['rejected', 'ingested']);
  });
});
