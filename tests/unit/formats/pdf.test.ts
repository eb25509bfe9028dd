import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../shared/formats/pdf.ts';
import { readContent } from '../../../shared/formats/pdf-content.ts';
import { buildPdf } from './pdf-builder.ts';

const LINES = [
  'Headline of the story',
  '',
  'First paragraph line one',
  'and line two.',
  '',
  'Second one.',
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
        dates: [{ value: '2025-01-02', source: 'meta', kind: 'published' }],
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

  it('gives up on text in two-byte CID codes, and on PDFs with no text at all', () => {
    expect(readPdf(buildPdf({ lines: LINES, hex: true }))).toMatchObject({
      reason: 'unsupported-format',
      detail: expect.stringContaining('CID fonts'),
    });
    expect(readPdf(buildPdf({ lines: [] }))).toMatchObject({
      reason: 'unsupported-format',
      detail: expect.stringContaining('no text layer'),
    });
  });
});

describe('readContent', () => {
  it('decodes escapes and octal codes, and starts lines on T*, quote and Tm', () => {
    const content =
      "BT 12 TL (Caf\\351 \\(1\\)) Tj T* (two) Tj (three) ' 1 0 0 1 72 500 Tm (four) Tj ET";

    const { lines } = readContent(content, (code) => String.fromCharCode(code));

    expect(lines.map((line) => line.text)).toEqual(['Café (1)', 'two', 'three', 'four']);
  });
});
