import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPdf } from '#shared/formats/pdf/read-pdf.ts';
import { buildPdf, pdfOf } from './pdf-builder.ts';

const LINES = [
  'Headline of the story',
  '',
  'First paragraph line one',
  'and line two.',
  '',
  'Second one.',
];

/** Lines with what only real font maps get right: a ligature, an accent, a non-BMP char. */
const TYPESET = [
  'Council backs the new office plan',
  '',
  'The café on the square 😀 will stay open while the',
  'office block is rebuilt, the council said on Tues-',
  'day after a long meeting.',
  '',
  'Work starts in the first week of March.',
];
const TYPESET_PARAGRAPHS = [
  'The café on the square 😀 will stay open while the office block is rebuilt, the council said on Tuesday after a long meeting.',
  'Work starts in the first week of March.',
];

describe('readPdf', () => {
  it('reads an uncompressed content stream into title and paragraphs', () => {
    const read = readPdf(buildPdf({ lines: LINES }));

    expect(read).toMatchObject({
      kind: 'document',
      document: {
        format: 'pdf',
        title: 'Headline of the story',
        sections: [
          { heading: null, paragraphs: ['First paragraph line one and line two.', 'Second one.'] },
        ],
      },
    });
  });

  it('reads a FlateDecode stream and the Info dictionary author and date', () => {
    const read = readPdf(
      buildPdf({
        lines: LINES,
        compress: true,
        info: { author: 'Kim Lee', created: 'D:20250102' },
      }),
    );

    expect(read).toMatchObject({
      document: {
        authors: ['Kim Lee'],
        dates: [{ value: '2025-01-02', source: 'file-info', kind: 'published' }],
      },
    });
  });

  it.each([
    ['a Type0 Identity-H font with a ToUnicode CMap', 'cid'],
    ['a subset Type 1 font with private codes named by /Differences', 'differences'],
  ] as const)('reads text drawn in %s, with word gaps from positions', (_, font) => {
    const read = readPdf(buildPdf({ lines: TYPESET, font, compress: true }));

    expect(read).toMatchObject({
      kind: 'document',
      document: {
        title: 'Council backs the new office plan',
        sections: [{ heading: null, paragraphs: TYPESET_PARAGRAPHS }],
      },
    });
  });

  it('finds fonts, pages and the Info dictionary packed in an object stream (PDF 1.5)', () => {
    const read = readPdf(
      buildPdf({ lines: TYPESET, font: 'cid', objectStreams: true, info: { author: 'Kim Lee' } }),
    );

    expect(read).toMatchObject({
      document: {
        title: 'Council backs the new office plan',
        authors: ['Kim Lee'],
        sections: [{ paragraphs: TYPESET_PARAGRAPHS }],
      },
    });
  });

  it('rejects an encrypted PDF as unsupported, saying why', () => {
    expect(readPdf(buildPdf({ lines: LINES, encrypted: true }))).toMatchObject({
      kind: 'rejected',
      reason: 'unsupported-format',
      detail: expect.stringContaining('encrypted'),
    });
  });

  it('gives up on CID fonts with no ToUnicode map, and on PDFs with no text at all', () => {
    expect(readPdf(buildPdf({ lines: LINES, font: 'cid-bare' }))).toMatchObject({
      reason: 'unsupported-format',
      detail: expect.stringContaining('no ToUnicode map'),
    });
    expect(readPdf(buildPdf({ lines: [] }))).toMatchObject({
      reason: 'unsupported-format',
      detail: 'The PDF has no text layer (a scan or images only); OCR is not done.',
    });
  });

  it('rejects a content stream that inflates past the limits as a bomb', () => {
    const bomb = zlibSync(new Uint8Array(2 * 1024 * 1024).fill(0x20));
    const pdf = new Uint8Array([
      ...new TextEncoder().encode(
        `%PDF-1.4\n1 0 obj << /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`,
      ),
      ...bomb,
      ...new TextEncoder().encode('\nendstream endobj\n%%EOF\n'),
    ]);

    expect(readPdf(pdf)).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('counts its streams against the budget the upload has left (a PDF inside an archive)', () => {
    const pdf = buildPdf({ lines: LINES, compress: true });

    expect(readPdf(pdf, { remaining: 20 })).toMatchObject({ kind: 'rejected', reason: 'bomb' });
    expect(readPdf(pdf, { remaining: 10_000 })).toMatchObject({ kind: 'document' });
  });

  it('reads a scanned page (an image, no text operators) as having no text layer', () => {
    const pdf = pdfOf([
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >> endobj',
      '4 0 obj << /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream endobj',
      '5 0 obj << /Type /XObject /Subtype /Image /Width 1 /Height 1 /Length 1 >>\nstream\n\xff\nendstream endobj',
    ]);

    expect(readPdf(pdf)).toMatchObject({
      reason: 'unsupported-format',
      detail: expect.stringContaining('OCR is not done'),
    });
  });

  it('gets through thousands of broken objects (unclosed strings) in one pass', () => {
    const broken = Array.from({ length: 20_000 }, (_, i) => `${i + 1} 0 obj (unclosed`);

    expect(readPdf(pdfOf(broken))).toMatchObject({ kind: 'rejected' });
  });

  it('ignores an object stream header that claims more objects than it holds', () => {
    const header = '7 0 8 20 ';
    const body = `${header}<< /Type /Catalog >> << /Kids [] >>`;
    const pdf = pdfOf([
      `1 0 obj << /Type /ObjStm /N 1000000000 /First ${header.length} /Length ${body.length} >>\nstream\n${body}\nendstream endobj`,
    ]);

    expect(readPdf(pdf)).toMatchObject({ kind: 'rejected', reason: 'unsupported-format' });
  });
});

describe('readPdf layout', () => {
  it('follows the catalog the trailer names, not another one left in the file', () => {
    const page = (num: number, content: string) => [
      `${num} 0 obj << /Type /Pages /Kids [${num + 1} 0 R] /Count 1 >> endobj`,
      `${num + 1} 0 obj << /Type /Page /Parent ${num} 0 R /Contents ${num + 2} 0 R >> endobj`,
      `${num + 2} 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream endobj`,
    ];
    const pdf = pdfOf(
      [
        '9 0 obj << /Type /Catalog /Pages 10 0 R >> endobj',
        ...page(10, 'BT 72 700 Td (The current text.) Tj ET'),
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        ...page(2, 'BT 72 700 Td (A stale copy.) Tj ET'),
      ],
      9,
    );

    expect(readPdf(pdf)).toMatchObject({
      document: { sections: [{ paragraphs: ['The current text.'] }] },
    });
  });
  it('decodes a simple font by the built-in encoding of its embedded Type 1 program', () => {
    const program = '/Encoding 256 array\ndup 12 /fi put\nreadonly def\ncurrentfile eexec';
    const content = 'BT /F1 11 Tf 72 700 Td (The \\014rst \\014nding.) Tj ET';
    const pdf = pdfOf([
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream endobj`,
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 /FontDescriptor 6 0 R >> endobj',
      '6 0 obj << /Type /FontDescriptor /FontName /ABCDEF+CMR10 /FontFile 7 0 R >> endobj',
      `7 0 obj << /Length1 ${program.length} /Length ${program.length} >>\nstream\n${program}\nendstream endobj`,
    ]);

    expect(readPdf(pdf)).toMatchObject({
      document: { sections: [{ paragraphs: ['The first finding.'] }] },
    });
  });
  it('reads one-byte codes of a simple font whose ToUnicode declares two-byte codes, ligatures spelt out', () => {
    const cmap =
      '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0080> <0081> [<FB02> <2019>] endbfrange';
    const content = 'BT /F1 11 Tf 72 700 Td (\x80at isn\x81t round.) Tj ET';
    const pdf = pdfOf([
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream endobj`,
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /ToUnicode 6 0 R >> endobj',
      `6 0 obj << /Length ${cmap.length} >>\nstream\n${cmap}\nendstream endobj`,
    ]);

    expect(readPdf(pdf)).toMatchObject({
      document: { sections: [{ paragraphs: ['flat isn’t round.'] }] },
    });
  });
  it('starts a paragraph where the font size changes, even at the usual line gap', () => {
    const content =
      'BT /F1 18 Tf 72 700 Td (Ferry timetable changes) Tj /F1 11 Tf 0 -14 Td (The board met on Monday and agreed.) Tj 0 -14 Td (It starts next week.) Tj ET';
    const pdf = pdfOf([
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream endobj`,
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    ]);

    expect(readPdf(pdf)).toMatchObject({
      document: {
        title: 'Ferry timetable changes',
        sections: [{ paragraphs: ['The board met on Monday and agreed. It starts next week.'] }],
      },
    });
  });
});
