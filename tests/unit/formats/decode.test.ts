import { describe, expect, it } from 'vitest';
import { decodeBytes } from '#shared/formats/decode.ts';
import { collapseSpaces, normalizeText } from '#shared/text/whitespace.ts';

const utf16 = (text: string, bom: number[], littleEndian: boolean): Uint8Array => {
  const bytes = [...bom];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
};

describe('decodeBytes', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zürich')]);

    expect(decodeBytes(bytes)).toEqual({ text: 'Zürich', encoding: 'utf-8' });
  });

  it('reads UTF-16 little-endian when the BOM says so', () => {
    expect(decodeBytes(utf16('Café', [0xff, 0xfe], true))).toEqual({
      text: 'Café',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-16 big-endian when the BOM says so', () => {
    expect(decodeBytes(utf16('Café', [0xfe, 0xff], false)).text).toBe('Café');
  });

  it('spots UTF-16 without a BOM by its zero bytes', () => {
    expect(decodeBytes(utf16('Plain news text.', [], true))).toEqual({
      text: 'Plain news text.',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Plain news text.', [], false)).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Caf\xe9 \x93quoted\x94 \x96 \x80" in Windows-1252
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80,
    ]);

    expect(decodeBytes(bytes)).toEqual({ text: 'Café “q” – €', encoding: 'windows-1252' });
  });
});

describe('decodeBytes with a declared charset', () => {
  const latin = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

  it('reads the charset a <meta charset> declares when the bytes are not UTF-8', () => {
    // "Łódź" in ISO-8859-2: 0xA3 0xF3 0x64 0xBC
    const bytes = new Uint8Array([
      ...latin('<meta charset="iso-8859-2"><p>'),
      0xa3,
      0xf3,
      0x64,
      0xbc,
    ]);

    expect(decodeBytes(bytes)).toEqual({
      text: '<meta charset="iso-8859-2"><p>Łódź',
      encoding: 'iso-8859-2',
    });
  });

  it('reads the charset of a <meta http-equiv> content attribute', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    // "Мир" in Windows-1251
    const bytes = new Uint8Array([...latin(head), 0xcc, 0xe8, 0xf0]);

    expect(decodeBytes(bytes).text.endsWith('Мир')).toBe(true);
  });

  it('reads the encoding an XML declaration names', () => {
    const bytes = new Uint8Array([
      ...latin('<?xml version="1.0" encoding="KOI8-R"?><a>'),
      0xcd,
      0xc9,
      0xd2,
    ]);

    expect(decodeBytes(bytes)).toMatchObject({
      text: expect.stringContaining('<a>мир'),
      encoding: 'koi8-r',
    });
  });

  it('prefers the Content-Type charset to the one in the file', () => {
    const bytes = new Uint8Array([...latin('<meta charset="iso-8859-2">'), 0xa3]);

    expect(decodeBytes(bytes, 'text/html; charset=ISO-8859-15').encoding).toBe('iso-8859-15');
  });

  it('reads valid UTF-8 as UTF-8 even when the file declares a legacy charset', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Zürich');

    expect(decodeBytes(bytes).encoding).toBe('utf-8');
  });

  it('reads latin1 and unknown labels as Windows-1252 with its 0x80-0x9F punctuation', () => {
    const bytes = new Uint8Array([...latin('<meta charset="latin1">'), 0x93, 0x71, 0x94]);
    const unknown = new Uint8Array([...latin('<meta charset="klingon">'), 0xe9]);

    expect(decodeBytes(bytes).text.endsWith('“q”')).toBe(true);
    expect(decodeBytes(unknown)).toMatchObject({ encoding: 'windows-1252' });
  });
});

describe('normalizeText', () => {
  it('drops soft hyphens and zero-width joiners, reads narrow no-break spaces as spaces', () => {
    expect(normalizeText('news\u00adpaper\u200d 10\u202f000\u2060')).toBe('newspaper 10 000');
  });

  it('composes to NFC, turns CRLF and CR into LF and odd spaces into plain ones, keeps tabs', () => {
    const text = 'Cafe\u0301\r\nline\rtab\there\u00a0nbsp\u200bzero';

    expect(normalizeText(text)).toBe('Café\nline\ntab\there nbspzero');
  });

  it('reads each CR, CRLF, LS and NEL as one break, whatever follows or is dropped between', () => {
    const text = 'a\r\r\nb\u2028c\u0085d\u2000e\ufeff\r\u200b\nf';

    expect(normalizeText(text)).toBe('a\n\nb\nc\nd e\n\nf');
  });
});

describe('collapseSpaces', () => {
  it('joins lines and runs of spaces into single spaces', () => {
    expect(collapseSpaces('  one\n two   three \n')).toBe('one two three');
  });
});
