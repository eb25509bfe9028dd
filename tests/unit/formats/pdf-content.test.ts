import { describe, expect, it } from 'vitest';
import { type ContentResources, IDENTITY, readContent } from '#shared/formats/pdf/content.ts';
import type { PdfFont } from '#shared/formats/pdf/fonts.ts';

/** Every byte is its Latin-1 char, half an em wide. */
const HALF_EM_FONT: PdfFont = {
  readable: true,
  decode: (bytes) =>
    Array.from(bytes, (char) => ({ text: char, width: 500, wordSpace: char === ' ' })),
};

const withFont = (extra: Partial<ContentResources> = {}): ContentResources => ({
  font: (name) => (name === 'F1' ? HALF_EM_FONT : undefined),
  form: () => undefined,
  ...extra,
});

const texts = (content: string, resources = withFont()): string[] =>
  readContent(content, resources).lines.map((line) => line.text);

describe('readContent', () => {
  it('decodes escapes and octal codes, and starts lines on T*, quote and Tm', () => {
    const content =
      "BT 12 TL (Caf\\351 \\(1\\)) Tj T* (two) Tj (three) ' 1 0 0 1 72 500 Tm (four) Tj ET";

    expect(texts(content, withFont())).toEqual(['Café (1)', 'two', 'three', 'four']);
  });

  it('puts a space where a TJ offset or a move leaves a gap wider than a word gap, not for kerning', () => {
    const content = `BT /F1 10 Tf 72 700 Td [(Wo) 40 (rd) -300 (gap)] TJ
      0 -14 Td (one) Tj 18 0 Td (two) Tj 15 0 Td (glued) Tj ET`;

    expect(texts(content)).toEqual(['Word gap', 'one twoglued']);
  });

  it('reads lines top down on a page whose y axis is flipped by cm', () => {
    const content = `1 0 0 -1 0 792 cm BT /F1 10 Tf
      1 0 0 -1 72 100 Tm (Top) Tj 1 0 0 -1 72 114 Tm (Next) Tj ET`;

    const { lines } = readContent(content, withFont());

    expect(lines.map((line) => line.text)).toEqual(['Top', 'Next']);
    expect((lines[0]?.y ?? 0) - (lines[1]?.y ?? 0)).toBeCloseTo(14);
    expect(lines[0]?.size).toBeCloseTo(10);
  });

  it('reads the text of a form XObject drawn with Do, in its place', () => {
    const resources = withFont({
      form: (name) =>
        name === 'Fm1'
          ? {
              content: 'BT /F1 10 Tf 0 0 Td (inside) Tj ET',
              resources: withFont(),
              matrix: [1, 0, 0, 1, 72, 600],
            }
          : undefined,
    });
    const content =
      'BT /F1 10 Tf 72 700 Td (before) Tj ET /Fm1 Do BT /F1 10 Tf 72 500 Td (after) Tj ET';

    expect(texts(content, resources)).toEqual(['before', 'inside', 'after']);
  });

  it('leaves out artifacts, the page furniture tagged PDFs mark as such', () => {
    const content = `/Artifact << /Type /Pagination >> BDC BT /F1 10 Tf 300 40 Td (Page 3) Tj ET EMC
      /P << /MCID 0 >> BDC BT /F1 10 Tf 72 700 Td (Body text.) Tj ET EMC
      /Artifact BMC BT /F1 10 Tf 72 760 Td (Running head) Tj ET EMC`;

    expect(texts(content)).toEqual(['Body text.']);
  });

  it('skips the binary data of an inline image', () => {
    const content = 'BI /W 2 /H 1 /BPC 8 /CS /G ID \x00(Tj) ET\xff EI BT /F1 10 Tf (text) Tj ET';

    expect(texts(content)).toEqual(['text']);
  });

  it('counts codes shown in a font that maps them to no text', () => {
    const unreadable: PdfFont = { readable: false, decode: () => [] };
    const resources: ContentResources = { font: () => unreadable, form: () => undefined };

    const read = readContent('BT /F1 10 Tf <00410042> Tj ET', resources);

    expect(read).toEqual({ lines: [], unreadable: 4 });
  });

  it('stops following forms that draw themselves, a few levels down', () => {
    const looping: ContentResources = withFont({
      form: () => ({
        content: '/Fm1 Do BT /F1 10 Tf (x) Tj ET',
        resources: looping,
        matrix: IDENTITY,
      }),
    });

    expect(texts('/Fm1 Do', looping)).toEqual(['xxxxxxxx']);
  });

  it('reads on past hostile nesting: thousands of unclosed q and BMC, arrays nested 50,000 deep', () => {
    const content = `${'q '.repeat(50_000)}${'/Span BMC '.repeat(50_000)}${'[ '.repeat(50_000)}${'] '.repeat(50_000)}
      BT /F1 10 Tf 72 700 Td (still read) Tj ET`;

    expect(texts(content)).toEqual(['still read']);
  });
});
